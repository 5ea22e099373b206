-- Every write, as it was made (io.claimtrail.common.audit.AuditEntry): inserted in the transaction of the write,
-- never updated or deleted. States are the API's JSON; the checks keep them parseable.
CREATE TABLE audit_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    action       text        NOT NULL,
    subject_id   uuid        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    uuid        NOT NULL,
    before_state text CHECK (before_state IS NULL OR before_state::jsonb IS NOT NULL),
    after_state  text CHECK (after_state IS NULL OR after_state::jsonb IS NOT NULL)
);

CREATE INDEX audit_entry_subject ON audit_entry (subject_id, id);
