-- What GET /sources/{slug} runs: the source with its aliases and affiliations.
\set n random(1, 100000)
SELECT s.*, a.alias, f.parent_id, f.role FROM source s
  LEFT JOIN source_alias a ON a.source_id = s.id
  LEFT JOIN source_affiliation f ON f.source_id = s.id
 WHERE s.slug = 'bench-src-' || :n;
