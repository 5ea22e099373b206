-- Rewrites the text of a claims data set loaded before sql/claims.sql gave claims the words of sql/bench-words.sql
-- (eight sentences repeated), in place: the claims and their versions, with the version trigger off.
\ir bench-words.sql
ALTER TABLE claim DISABLE TRIGGER claim_keeps_versions;
UPDATE claim SET text = bench_words(substr(text, strpos(text, ', report ') + 9)::int) || ', report '
                        || substr(text, strpos(text, ', report ') + 9)
 WHERE text LIKE '%, report %' AND text NOT LIKE '%, report %, report %';
UPDATE claim_version v SET text = c.text FROM claim c WHERE c.id = v.id AND v.actor = 'bench' AND v.text <> c.text;
ALTER TABLE claim ENABLE TRIGGER claim_keeps_versions;
ANALYZE claim;
ANALYZE claim_version;
