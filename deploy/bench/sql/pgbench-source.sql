-- What GET /sources/{slug} runs (keep in step with the service): SourceRows.one, the source with its aliases as an
-- ARRAY sub-select and its affiliations by LEFT JOIN, in one statement. The slug is drawn uniformly from all
-- 100,000 bench sources, as run.sh draws the service's.
\set n random(1, 100000)
SELECT s.id, s.slug, s.name, s.kind, s.country, s.homepage, s.description, s.reliability, s.state_affiliated,
       s.archived, s.archived_reason, s.created_at, s.updated_at, s.version,
       ARRAY(SELECT a.alias FROM source_alias a WHERE a.source_id = s.id ORDER BY a.position),
       f.source_id, f.parent_id, f.role, f.valid_from, f.from_earliest, f.valid_to, f.to_latest
  FROM source s LEFT JOIN source_affiliation f ON f.source_id = s.id
 WHERE s.slug = 'bench-src-' || :n::text ORDER BY f.position;
