-- The first version of every bench claim, and its topics in story order (claims V6, V8), written in bulk with the
-- version triggers off (sql/claims.sql turns them off before loading the claims). Run alone by run.sh when a load
-- stopped before it; a schema before V6 has no versions.
DO $$ BEGIN
    IF to_regclass('claim_version') IS NOT NULL THEN
        ALTER TABLE claim DISABLE TRIGGER claim_keeps_versions;
    END IF;
    IF to_regclass('claim_version_topic') IS NOT NULL THEN
        ALTER TABLE claim_version DISABLE TRIGGER claim_version_topics;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('claim_version') IS NOT NULL THEN
        INSERT INTO claim_version (id, version, recorded_from, actor, text, quote, language, source_id, stated_on,
                                   stated_earliest, stated_latest, kind, resolves_by, resolves_by_latest, status,
                                   credibility, archived, archived_reason, created_at, updated_at, topics, appearances)
        SELECT c.id, c.version, c.updated_at, 'bench', c.text, c.quote, c.language, c.source_id, c.stated_on,
               c.stated_earliest, c.stated_latest, c.kind, c.resolves_by, c.resolves_by_latest, c.status,
               c.credibility, c.archived, c.archived_reason, c.created_at, c.updated_at, c.topics, '[]'::jsonb
          FROM claim c WHERE c.text LIKE '%, report %'
            ON CONFLICT DO NOTHING;
        ALTER TABLE claim ENABLE TRIGGER claim_keeps_versions;
    END IF;
    IF to_regclass('claim_version_topic') IS NOT NULL THEN
        INSERT INTO claim_version_topic (claim_id, version, topic, stated_earliest, stated_latest, recorded_from,
                                         recorded_to, archived)
        SELECT DISTINCT v.id, v.version, t, coalesce(v.stated_earliest, '-infinity'),
               coalesce(v.stated_latest, 'infinity'), v.recorded_from, v.recorded_to, v.archived
          FROM claim_version v, unnest(v.topics) t WHERE v.actor = 'bench'
            ON CONFLICT DO NOTHING;
        ALTER TABLE claim_version ENABLE TRIGGER claim_version_topics;
    END IF;
END $$;
ANALYZE;
