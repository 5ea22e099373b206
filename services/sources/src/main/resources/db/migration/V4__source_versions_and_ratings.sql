-- Faithful history (recorded time), as in the claims service: every write of a source keeps the version it
-- replaces. source_version holds each version of the source row with its aliases and affiliations, recorded from
-- the write's updated_at until the next version's, written by a deferred trigger at commit when the row and its
-- collections are final. Reads "as known at" a moment take the version in force then
-- (io.claimtrail.common.time.AsOf).

ALTER TABLE source ADD COLUMN updated_by text NOT NULL DEFAULT 'system';

CREATE TABLE source_version (
    id               uuid          NOT NULL REFERENCES source (id),
    version          bigint        NOT NULL,
    recorded_from    timestamptz   NOT NULL,
    recorded_to      timestamptz,
    actor            text          NOT NULL,
    slug             varchar(64)   NOT NULL,
    name             varchar(300)  NOT NULL,
    kind             varchar(20)   NOT NULL,
    country          varchar(2),
    homepage         varchar(2000),
    description      varchar(5000),
    reliability      varchar(1)    NOT NULL,
    state_affiliated boolean       NOT NULL,
    archived         boolean       NOT NULL,
    archived_reason  varchar(1000),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    aliases          text[]        NOT NULL,
    affiliations     jsonb         NOT NULL,
    PRIMARY KEY (id, version),
    CONSTRAINT source_version_period CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
);

CREATE UNIQUE INDEX source_version_current ON source_version (id) WHERE recorded_to IS NULL;
CREATE INDEX source_version_known ON source_version (id, recorded_from);
CREATE INDEX source_version_slug ON source_version (slug, recorded_from);
CREATE INDEX source_version_parents ON source_version USING gin (affiliations jsonb_path_ops);

CREATE FUNCTION source_aliases_array(source uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(alias::text ORDER BY position), '{}') FROM source_alias WHERE source_id = source
$$;

CREATE FUNCTION source_affiliations_json(source uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('parentId', f.parent_id, 'role', f.role,
                                                 'validFrom', f.valid_from, 'fromEarliest', f.from_earliest,
                                                 'validTo', f.valid_to, 'toLatest', f.to_latest) ORDER BY f.position),
                    '[]'::jsonb)
      FROM source_affiliation f WHERE f.source_id = source
$$;

CREATE FUNCTION source_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE source_version v SET recorded_to = greatest(s.updated_at, v.recorded_from)
      FROM source s
     WHERE s.id = NEW.id AND v.id = s.id AND v.version < s.version AND v.recorded_to IS NULL;
    INSERT INTO source_version (id, version, recorded_from, actor, slug, name, kind, country, homepage, description,
                                reliability, state_affiliated, archived, archived_reason, created_at, updated_at,
                                aliases, affiliations)
    SELECT s.id, s.version, s.updated_at, s.updated_by, s.slug, s.name, s.kind, s.country, s.homepage, s.description,
           s.reliability, s.state_affiliated, s.archived, s.archived_reason, s.created_at, s.updated_at,
           source_aliases_array(s.id), source_affiliations_json(s.id)
      FROM source s WHERE s.id = NEW.id
    ON CONFLICT (id, version) DO UPDATE SET
           recorded_from = EXCLUDED.recorded_from, actor = EXCLUDED.actor, slug = EXCLUDED.slug, name = EXCLUDED.name,
           kind = EXCLUDED.kind, country = EXCLUDED.country, homepage = EXCLUDED.homepage,
           description = EXCLUDED.description, reliability = EXCLUDED.reliability,
           state_affiliated = EXCLUDED.state_affiliated, archived = EXCLUDED.archived,
           archived_reason = EXCLUDED.archived_reason, created_at = EXCLUDED.created_at,
           updated_at = EXCLUDED.updated_at, aliases = EXCLUDED.aliases, affiliations = EXCLUDED.affiliations;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER source_keeps_versions AFTER INSERT OR UPDATE ON source
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION source_keep_version();

INSERT INTO source_version (id, version, recorded_from, actor, slug, name, kind, country, homepage, description,
                            reliability, state_affiliated, archived, archived_reason, created_at, updated_at,
                            aliases, affiliations)
SELECT s.id, s.version, s.created_at, 'recorded before versioning', s.slug, s.name, s.kind, s.country, s.homepage,
       s.description, s.reliability, s.state_affiliated, s.archived, s.archived_reason, s.created_at, s.updated_at,
       source_aliases_array(s.id), source_affiliations_json(s.id)
  FROM source s;

-- Reliability over time (valid time): each rating holds from its effective date (EDTF; NULL for a rating given
-- without one, which holds from the start) until a later one. source.reliability is the rating in force today.
CREATE TABLE source_rating (
    id                 uuid          PRIMARY KEY,
    source_id          uuid          NOT NULL REFERENCES source (id),
    reliability        varchar(1)    NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    effective_on       varchar(64),
    effective_earliest date,
    effective_latest   date,
    reason             varchar(2000) NOT NULL,
    rater              text          NOT NULL,
    recorded_at        timestamptz   NOT NULL
);

CREATE INDEX source_rating_source ON source_rating (source_id, recorded_at);

INSERT INTO source_rating (id, source_id, reliability, reason, rater, recorded_at)
SELECT gen_random_uuid(), s.id, s.reliability, 'Rated before ratings had dates', 'recorded before versioning',
       s.created_at
  FROM source s;
