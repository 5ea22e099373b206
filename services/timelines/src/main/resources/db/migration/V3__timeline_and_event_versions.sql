-- Faithful history (recorded time), as in the claims and sources services: every write of a timeline or an event
-- keeps the version it replaces, with its collections, recorded from the write's updated_at until the next
-- version's, written by a deferred trigger at commit when the row and its collections are final. Reads "as known
-- at" a moment take the versions in force then (io.claimtrail.common.time.AsOf): the story's topics, pins and
-- events as they were.

ALTER TABLE timeline ADD COLUMN updated_by text NOT NULL DEFAULT 'system';
ALTER TABLE event ADD COLUMN updated_by text NOT NULL DEFAULT 'system';

CREATE TABLE timeline_version (
    id               uuid          NOT NULL REFERENCES timeline (id),
    version          bigint        NOT NULL,
    recorded_from    timestamptz   NOT NULL,
    recorded_to      timestamptz,
    actor            text          NOT NULL,
    slug             varchar(64)   NOT NULL,
    title            varchar(300)  NOT NULL,
    summary          varchar(5000),
    archived         boolean       NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    topics           text[]        NOT NULL,
    pinned_claim_ids uuid[]        NOT NULL,
    eras             jsonb         NOT NULL,
    PRIMARY KEY (id, version),
    CONSTRAINT timeline_version_period CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
);

CREATE UNIQUE INDEX timeline_version_current ON timeline_version (id) WHERE recorded_to IS NULL;
CREATE INDEX timeline_version_known ON timeline_version (id, recorded_from);
CREATE INDEX timeline_version_slug ON timeline_version (slug, recorded_from);

CREATE TABLE event_version (
    id                uuid          NOT NULL REFERENCES event (id),
    version           bigint        NOT NULL,
    recorded_from     timestamptz   NOT NULL,
    recorded_to       timestamptz,
    actor             text          NOT NULL,
    timeline_id       uuid          NOT NULL,
    title             varchar(300)  NOT NULL,
    description       varchar(5000),
    occurred          varchar(64)   NOT NULL,
    occurred_earliest date,
    occurred_latest   date,
    place             varchar(300),
    archived          boolean       NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    source_ids        uuid[]        NOT NULL,
    claim_ids         uuid[]        NOT NULL,
    PRIMARY KEY (id, version),
    CONSTRAINT event_version_period CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
);

CREATE UNIQUE INDEX event_version_current ON event_version (id) WHERE recorded_to IS NULL;
CREATE INDEX event_version_timeline ON event_version (timeline_id, recorded_from);

CREATE FUNCTION timeline_state(t timeline, OUT topics text[], OUT pinned uuid[], OUT eras jsonb)
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT array_agg(topic::text ORDER BY position) FROM timeline_topic WHERE timeline_id = t.id), '{}'),
           coalesce((SELECT array_agg(claim_id ORDER BY position) FROM timeline_pinned_claim WHERE timeline_id = t.id), '{}'),
           coalesce((SELECT jsonb_agg(jsonb_build_object('name', name, 'start', start_text, 'end', end_text)
                                      ORDER BY position) FROM timeline_era WHERE timeline_id = t.id), '[]'::jsonb)
$$;

CREATE FUNCTION timeline_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE timeline_version v SET recorded_to = greatest(t.updated_at, v.recorded_from)
      FROM timeline t
     WHERE t.id = NEW.id AND v.id = t.id AND v.version < t.version AND v.recorded_to IS NULL;
    INSERT INTO timeline_version (id, version, recorded_from, actor, slug, title, summary, archived, created_at,
                                  updated_at, topics, pinned_claim_ids, eras)
    SELECT t.id, t.version, t.updated_at, t.updated_by, t.slug, t.title, t.summary, t.archived, t.created_at,
           t.updated_at, (timeline_state(t)).topics, (timeline_state(t)).pinned, (timeline_state(t)).eras
      FROM timeline t WHERE t.id = NEW.id
    ON CONFLICT (id, version) DO UPDATE SET
           recorded_from = EXCLUDED.recorded_from, actor = EXCLUDED.actor, slug = EXCLUDED.slug,
           title = EXCLUDED.title, summary = EXCLUDED.summary, archived = EXCLUDED.archived,
           created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, topics = EXCLUDED.topics,
           pinned_claim_ids = EXCLUDED.pinned_claim_ids, eras = EXCLUDED.eras;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER timeline_keeps_versions AFTER INSERT OR UPDATE ON timeline
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION timeline_keep_version();

CREATE FUNCTION event_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_version v SET recorded_to = greatest(e.updated_at, v.recorded_from)
      FROM event e
     WHERE e.id = NEW.id AND v.id = e.id AND v.version < e.version AND v.recorded_to IS NULL;
    INSERT INTO event_version (id, version, recorded_from, actor, timeline_id, title, description, occurred,
                               occurred_earliest, occurred_latest, place, archived, created_at, updated_at,
                               source_ids, claim_ids)
    SELECT e.id, e.version, e.updated_at, e.updated_by, e.timeline_id, e.title, e.description, e.occurred,
           e.occurred_earliest, e.occurred_latest, e.place, e.archived, e.created_at, e.updated_at,
           coalesce((SELECT array_agg(source_id ORDER BY position) FROM event_source WHERE event_id = e.id), '{}'),
           coalesce((SELECT array_agg(claim_id ORDER BY position) FROM event_claim WHERE event_id = e.id), '{}')
      FROM event e WHERE e.id = NEW.id
    ON CONFLICT (id, version) DO UPDATE SET
           recorded_from = EXCLUDED.recorded_from, actor = EXCLUDED.actor, timeline_id = EXCLUDED.timeline_id,
           title = EXCLUDED.title, description = EXCLUDED.description, occurred = EXCLUDED.occurred,
           occurred_earliest = EXCLUDED.occurred_earliest, occurred_latest = EXCLUDED.occurred_latest,
           place = EXCLUDED.place, archived = EXCLUDED.archived, created_at = EXCLUDED.created_at,
           updated_at = EXCLUDED.updated_at, source_ids = EXCLUDED.source_ids, claim_ids = EXCLUDED.claim_ids;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER event_keeps_versions AFTER INSERT OR UPDATE ON event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION event_keep_version();

-- Every existing timeline's and event's first version: as it is now, recorded from its creation.
INSERT INTO timeline_version (id, version, recorded_from, actor, slug, title, summary, archived, created_at,
                              updated_at, topics, pinned_claim_ids, eras)
SELECT t.id, t.version, t.created_at, 'recorded before versioning', t.slug, t.title, t.summary, t.archived,
       t.created_at, t.updated_at, (timeline_state(t)).topics, (timeline_state(t)).pinned, (timeline_state(t)).eras
  FROM timeline t;

INSERT INTO event_version (id, version, recorded_from, actor, timeline_id, title, description, occurred,
                           occurred_earliest, occurred_latest, place, archived, created_at, updated_at,
                           source_ids, claim_ids)
SELECT e.id, e.version, e.created_at, 'recorded before versioning', e.timeline_id, e.title, e.description,
       e.occurred, e.occurred_earliest, e.occurred_latest, e.place, e.archived, e.created_at, e.updated_at,
       coalesce((SELECT array_agg(source_id ORDER BY position) FROM event_source WHERE event_id = e.id), '{}'),
       coalesce((SELECT array_agg(claim_id ORDER BY position) FROM event_claim WHERE event_id = e.id), '{}')
  FROM event e;
