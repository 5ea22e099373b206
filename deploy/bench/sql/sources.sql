-- 100,000 sources with one alias each; ids are md5('src' || n) so the claims data set can point at them.
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
ANALYZE;
