-- What GET /claims/{id} runs, statement for statement (keep in step with the service): ClaimRows.byId (the claim,
-- its topics as an ARRAY sub-select, its appearances by LEFT JOIN), then SuggestionRows.of for the current view.
-- The id is drawn uniformly from all 1,000,000 bench claims, as run.sh draws the service's.
\set n random(1, 1000000)
SELECT c.id, c.text, c.quote, c.language, c.source_id, c.stated_on, c.stated_earliest, c.stated_latest, c.kind,
       c.resolves_by, c.resolves_by_latest, c.status, c.credibility, c.archived, c.archived_reason, c.created_at,
       c.updated_at, c.version, ARRAY(SELECT t.topic FROM claim_topic t WHERE t.claim_id = c.id ORDER BY t.position),
       a.claim_id, a.url, a.publisher_id, a.published_on, a.published_earliest, a.retrieved_at, a.quote
  FROM claim c LEFT JOIN claim_appearance a ON a.claim_id = c.id
 WHERE c.id = md5('claim' || :n::text)::uuid ORDER BY a.position;
SELECT s.id, s.claim_id, s.to_status, s.credibility, s.status_rule, s.credibility_rule, s.recorded_from
  FROM claim_suggestion s
 WHERE s.claim_id = ANY(ARRAY[md5('claim' || :n::text)::uuid]) AND s.recorded_to IS NULL;
