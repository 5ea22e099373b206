-- 1,000,000 claims by 5,000 of the bench sources, each with a topic and its first transition. The first 111,100
-- also carry a story topic: bench-story-100, -1000, -10000 and -100000 (disjoint), for the timeline scale runs.
-- Loaded in bulk: the trigger that keeps a version per write (claims V6) is off during the load, and each claim's
-- first version is then written in one statement, as V6 did for the claims before it (a schema before V6 has none);
-- likewise the story order of versions (claims V8), whose row trigger would run a million times against a table that
-- PostgreSQL still thinks empty (hours, where V8's own statement takes a minute).
DO $$ BEGIN
    IF to_regclass('claim_version') IS NOT NULL THEN
        ALTER TABLE claim DISABLE TRIGGER claim_keeps_versions;
    END IF;
    IF to_regclass('claim_version_topic') IS NOT NULL THEN
        ALTER TABLE claim_version DISABLE TRIGGER claim_version_topics;
    END IF;
END $$;
INSERT INTO claim (id, text, source_id, stated_on, stated_earliest, stated_latest, kind, status, credibility,
                   archived, created_at, updated_at, version)
SELECT md5('claim' || n)::uuid,
       (ARRAY['North Korea sends engineers to Donetsk', 'Pentagon has no evidence of troops',
              'Russia receives artillery shells', 'Ukraine reports drone strikes on refineries',
              'Kim Jong-un visits a munitions factory', 'Seoul warns of military cooperation',
              'Moscow denies the reports', 'Washington voices concern about ties'])[1 + n % 8] || ', report ' || n,
       md5('src' || (1 + n % 5000))::uuid, d::text, d, d,
       (ARRAY['ASSERTION', 'DENIAL', 'NO_EVIDENCE', 'ASSERTION'])[1 + n % 4],
       (ARRAY['UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'CONFIRMED', 'REFUTED', 'UNVERIFIED'])[1 + n % 6],
       1 + n % 6, false, now(), now(), 0
  FROM (SELECT n, date '2020-01-01' + (n % 2000) AS d FROM generate_series(1, 1000000) n) g
    ON CONFLICT DO NOTHING;
INSERT INTO claim_topic (claim_id, position, topic)
SELECT md5('claim' || n)::uuid, 0,
       (ARRAY['north-korea', 'russia', 'ukraine', 'donetsk', 'korean-peninsula', 'us-defense', 'china', 'iran',
              'syria', 'sudan'])[1 + n % 10]
  FROM generate_series(1, 1000000) n
    ON CONFLICT DO NOTHING;
INSERT INTO claim_topic (claim_id, position, topic)
SELECT md5('claim' || n)::uuid, 1,
       CASE WHEN n <= 100 THEN 'bench-story-100' WHEN n <= 1100 THEN 'bench-story-1000'
            WHEN n <= 11100 THEN 'bench-story-10000' ELSE 'bench-story-100000' END
  FROM generate_series(1, 111100) n
    ON CONFLICT DO NOTHING;
INSERT INTO claim_transition (id, claim_id, to_status, credibility, reason, effective_on, effective_earliest,
                              effective_latest, recorded_at, actor)
SELECT md5('transition' || c.id)::uuid, c.id, 'UNVERIFIED', 6, 'Recorded', c.stated_on, c.stated_earliest,
       c.stated_latest, c.created_at, 'bench'
  FROM claim c
    ON CONFLICT DO NOTHING;
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
