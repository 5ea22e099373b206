-- Idempotency-Key (IETF httpapi draft): one row per caller (token subject) and key, claimed while the first POST
-- runs (status NULL) and then holding its response, so that a retry within 24 hours answers the same without
-- writing twice. Rows older than that are deleted by the next request that carries a key.
CREATE TABLE idempotency_keys (
    caller      text        NOT NULL,
    key         text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint text        NOT NULL,
    created_at  timestamptz NOT NULL,
    status      integer,
    headers     jsonb,
    body        bytea,
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
