-- Faithful history (recorded time). Every write of a claim keeps the version it replaces: claim_version holds each
-- version of the claim row, its topics and its appearances, recorded from the write's updated_at until the next
-- version's. A deferred trigger writes it at commit, when the row and its collections are final (Hibernate writes
-- the collections after the row), so that no write path, nor a bulk load in SQL, can skip it. Reads "as known at"
-- a moment take the version in force then (io.claimtrail.common.time.AsOf).

ALTER TABLE claim ADD COLUMN updated_by text NOT NULL DEFAULT 'system';

CREATE TABLE claim_version (
    id                 uuid          NOT NULL REFERENCES claim (id),
    version            bigint        NOT NULL,
    recorded_from      timestamptz   NOT NULL,
    recorded_to        timestamptz,
    actor              text          NOT NULL,
    text               varchar(2000) NOT NULL,
    quote              varchar(10000),
    language           varchar(35),
    source_id          uuid          NOT NULL,
    stated_on          varchar(64)   NOT NULL,
    stated_earliest    date,
    stated_latest      date,
    kind               varchar(20)   NOT NULL,
    resolves_by        varchar(64),
    resolves_by_latest date,
    status             varchar(20)   NOT NULL,
    credibility        integer       NOT NULL,
    archived           boolean       NOT NULL,
    archived_reason    varchar(1000),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    topics             text[]        NOT NULL,
    appearances        jsonb         NOT NULL,
    search             tsvector GENERATED ALWAYS AS
        (to_tsvector('english', text || ' ' || coalesce(quote, ''))) STORED,
    PRIMARY KEY (id, version),
    CONSTRAINT claim_version_period CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
);

CREATE UNIQUE INDEX claim_version_current ON claim_version (id) WHERE recorded_to IS NULL;
CREATE INDEX claim_version_known ON claim_version (id, recorded_from);
CREATE INDEX claim_version_topics ON claim_version USING gin (topics);

-- A claim's appearances in position order, as claim_version keeps them.
CREATE FUNCTION claim_appearances_json(claim uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('url', a.url, 'publisherId', a.publisher_id,
                                                 'publishedOn', a.published_on, 'publishedEarliest', a.published_earliest,
                                                 'retrievedAt', a.retrieved_at, 'quote', a.quote) ORDER BY a.position),
                    '[]'::jsonb)
      FROM claim_appearance a WHERE a.claim_id = claim
$$;

-- The claim as it is at commit becomes its current version; the version before it ends where this one starts. A
-- claim written twice in one transaction (its row, then its topics array) keeps one version per version number.
CREATE FUNCTION claim_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_version v SET recorded_to = greatest(c.updated_at, v.recorded_from)
      FROM claim c
     WHERE c.id = NEW.id AND v.id = c.id AND v.version < c.version AND v.recorded_to IS NULL;
    INSERT INTO claim_version (id, version, recorded_from, actor, text, quote, language, source_id, stated_on,
                               stated_earliest, stated_latest, kind, resolves_by, resolves_by_latest, status,
                               credibility, archived, archived_reason, created_at, updated_at, topics, appearances)
    SELECT c.id, c.version, c.updated_at, c.updated_by, c.text, c.quote, c.language, c.source_id, c.stated_on,
           c.stated_earliest, c.stated_latest, c.kind, c.resolves_by, c.resolves_by_latest, c.status,
           c.credibility, c.archived, c.archived_reason, c.created_at, c.updated_at, c.topics,
           claim_appearances_json(c.id)
      FROM claim c WHERE c.id = NEW.id
    ON CONFLICT (id, version) DO UPDATE SET
           recorded_from = EXCLUDED.recorded_from, actor = EXCLUDED.actor, text = EXCLUDED.text,
           quote = EXCLUDED.quote, language = EXCLUDED.language, source_id = EXCLUDED.source_id,
           stated_on = EXCLUDED.stated_on, stated_earliest = EXCLUDED.stated_earliest,
           stated_latest = EXCLUDED.stated_latest, kind = EXCLUDED.kind, resolves_by = EXCLUDED.resolves_by,
           resolves_by_latest = EXCLUDED.resolves_by_latest, status = EXCLUDED.status,
           credibility = EXCLUDED.credibility, archived = EXCLUDED.archived,
           archived_reason = EXCLUDED.archived_reason, created_at = EXCLUDED.created_at,
           updated_at = EXCLUDED.updated_at, topics = EXCLUDED.topics, appearances = EXCLUDED.appearances;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER claim_keeps_versions AFTER INSERT OR UPDATE ON claim
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION claim_keep_version();

-- Every existing claim's first version: as it is now, recorded from its creation (earlier states of edited claims
-- were never kept; the audit trail still shows them).
INSERT INTO claim_version (id, version, recorded_from, actor, text, quote, language, source_id, stated_on,
                           stated_earliest, stated_latest, kind, resolves_by, resolves_by_latest, status,
                           credibility, archived, archived_reason, created_at, updated_at, topics, appearances)
SELECT c.id, c.version, c.created_at, 'recorded before versioning', c.text, c.quote, c.language, c.source_id,
       c.stated_on, c.stated_earliest, c.stated_latest, c.kind, c.resolves_by, c.resolves_by_latest, c.status,
       c.credibility, c.archived, c.archived_reason, c.created_at, c.updated_at, c.topics,
       claim_appearances_json(c.id)
  FROM claim c;

-- A transition found wrong is withdrawn, never deleted: it stays readable, and views as known before the
-- withdrawal still see it in force.
ALTER TABLE claim_transition
    ADD COLUMN withdrawn_at     timestamptz,
    ADD COLUMN withdrawn_reason varchar(2000),
    ADD COLUMN withdrawn_by     text;
