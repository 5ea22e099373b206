-- 100,000 sources with one alias each; ids are md5('src' || n) so the claims data set can point at them. Loaded
-- in bulk: the version trigger (sources V4) is off during the load; first versions and ratings follow in one go.
DO $$ BEGIN
    IF to_regclass('source_version') IS NOT NULL THEN
        ALTER TABLE source DISABLE TRIGGER source_keeps_versions;
    END IF;
END $$;
INSERT INTO source (id, slug, name, kind, country, reliability, state_affiliated, archived, created_at, updated_at, version)
SELECT md5('src' || n)::uuid, 'bench-src-' || n,
       (ARRAY['Ministry', 'Agency', 'Outlet', 'Office', 'Council', 'Bureau', 'Times', 'Post', 'News', 'Radio'])[1 + n % 10]
           || ' ' || substr(md5(n::text), 1, 8) || ' '
           || (ARRAY['Défense', 'Pentagon', 'Kyiv', 'Seoul', 'Pyongyang', 'Moscow', 'Washington', 'Donetsk'])[1 + n % 8],
       (ARRAY['OUTLET', 'INSTITUTION', 'OFFICE', 'PERSON', 'DOCUMENT'])[1 + n % 5],
       (ARRAY['US', 'KR', 'UA', 'RU', 'KP', 'GB', 'FR', 'DE'])[1 + n % 8],
       (ARRAY['A', 'B', 'C', 'D', 'E', 'F'])[1 + n % 6], false, false, now(), now(), 0
  FROM generate_series(1, 100000) n
    ON CONFLICT DO NOTHING;
INSERT INTO source_alias (source_id, position, alias)
SELECT md5('src' || n)::uuid, 0, 'alias ' || substr(md5('alias' || n), 1, 8)
  FROM generate_series(1, 100000) n
    ON CONFLICT DO NOTHING;
DO $$ BEGIN
    IF to_regclass('source_version') IS NOT NULL THEN
        INSERT INTO source_version (id, version, recorded_from, actor, slug, name, kind, country, homepage,
                                    description, reliability, state_affiliated, archived, archived_reason, created_at,
                                    updated_at, aliases, affiliations)
        SELECT s.id, s.version, s.updated_at, 'bench', s.slug, s.name, s.kind, s.country, s.homepage, s.description,
               s.reliability, s.state_affiliated, s.archived, s.archived_reason, s.created_at, s.updated_at,
               source_aliases_array(s.id), '[]'::jsonb
          FROM source s WHERE s.slug LIKE 'bench-src-%'
            ON CONFLICT DO NOTHING;
        INSERT INTO source_rating (id, source_id, reliability, reason, rater, recorded_at)
        SELECT md5('rating' || s.id)::uuid, s.id, s.reliability, 'bench', 'bench', s.created_at
          FROM source s WHERE s.slug LIKE 'bench-src-%'
            ON CONFLICT DO NOTHING;
        ALTER TABLE source ENABLE TRIGGER source_keeps_versions;
    END IF;
END $$;
ANALYZE;
