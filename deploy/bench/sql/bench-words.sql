-- The words of the bench claims' text: bench_word(rank) is the word of that rank (1 the most common) among 4,000
-- made-up words of three syllables, and bench_words(n) the twelve words of claim n, each drawn (deterministically,
-- from md5) with a Zipf-like law: rank = floor(4001^u) for u uniform in [0, 1), so P(rank = r) = ln((r+1)/r) / ln(4001),
-- about 1/r. The word of rank 1 is in about 60 % of the claims, one of rank 50 in about 2 %, one of rank 3000 in a
-- few hundred.
CREATE OR REPLACE FUNCTION bench_word(rank int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT s[1 + rank % 20] || s[1 + (rank / 20) % 20] || s[1 + (rank / 400) % 20]
      FROM (SELECT ARRAY['ka', 'lo', 'mi', 'nu', 'pe', 'ri', 'so', 'tu', 'va', 'ze',
                         'bo', 'di', 'fa', 'gu', 'ho', 'ji', 'ke', 'la', 'mo', 'ne'] AS s) syllables
$$;
CREATE OR REPLACE FUNCTION bench_words(n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(bench_word(least(4000, floor(power(4001,
               ('x' || substr(md5(n || '-' || i), 1, 8))::bit(32)::bigint / 4294967296.0))::int)), ' ' ORDER BY i)
      FROM generate_series(1, 12) i
$$;
