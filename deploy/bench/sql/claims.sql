-- 1,000,000 claims by 5,000 of the bench sources, each with a topic and its first transition. The first 111,100
-- also carry a story topic: bench-story-100, -1000, -10000 and -100000 (disjoint), for the timeline scale runs.
-- Each claim's text is twelve words of sql/bench-words.sql (a Zipf-like law over 4,000 words), then ', report <n>'.
-- Loaded in bulk: the trigger that keeps a version per write (claims V6) is off during the load, and each claim's
-- first version is then written in one statement, as V6 did for the claims before it (a schema before V6 has none).
\ir bench-words.sql
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
       bench_words(n) || ', report ' || n,
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
\ir claim-versions.sql
