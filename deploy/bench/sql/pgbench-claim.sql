-- What GET /claims/{id} runs: the claim with its topics and appearances.
\set n random(1, 1000000)
SELECT c.*, t.topic, a.url FROM claim c
  LEFT JOIN claim_topic t ON t.claim_id = c.id
  LEFT JOIN claim_appearance a ON a.claim_id = c.id
 WHERE c.id = md5('claim' || :n)::uuid;
