-- What POST /claims writes, statement for statement, in one transaction (keep in step with the service): the claim
-- with its topics array, its topic row, its first transition and the audit entry (ClaimWrites). Triggers do the rest,
-- as for the service: the story order of the topic row, the claim's words (V13), the claim's first version at commit.
-- The reads of a POST (the sources check over HTTP, the search for possible duplicates) are not in it: this is the
-- cost of the write alone, the ceiling of POST /claims. Every transaction writes a new claim by one of 5,000 sources. Run
-- it with -M prepared only: the variables are parameters there.
\set n random(1, 1000000000)
\set s random(1, 5000)
BEGIN;
SELECT gen_random_uuid() AS cid, gen_random_uuid() AS tid, now() AS at \gset
INSERT INTO claim (id, text, quote, language, source_id, stated_on, stated_earliest, stated_latest, kind, resolves_by,
                   resolves_by_latest, status, credibility, archived, archived_reason, created_at, updated_at,
                   updated_by, version, topics)
VALUES (:cid, 'Bench claim ' || :n || ' north korea troops moscow pentagon sent soldiers border army statement', NULL, NULL, md5('bench-write-source' || :s)::uuid, '2024-07-01', '2024-07-01',
        '2024-07-01', 'ASSERTION', NULL, NULL, 'UNVERIFIED', 6, false, NULL, :at, :at, 'bench@claimtrail.local', 0,
        '{bench-writes}');
INSERT INTO claim_topic (claim_id, position, topic) VALUES (:cid, 0, 'bench-writes');
INSERT INTO claim_transition (id, claim_id, from_status, to_status, credibility, reason, evidence_url,
                              evidence_claim_id, effective_on, effective_earliest, effective_latest, recorded_at, actor)
VALUES (:tid, :cid, NULL, 'UNVERIFIED', 6, 'Recorded', NULL, NULL, '2024-07-01', '2024-07-01', '2024-07-01',
        :at, 'bench@claimtrail.local');
INSERT INTO audit_entry (at, actor, action, subject_id, entity_type, entity_id, before_state, after_state)
VALUES (:at, 'bench@claimtrail.local', 'created', :cid, 'claim', :cid, NULL,
        '{"id":"' || :cid || '","text":"Bench claim ' || :n || '","kind":"ASSERTION","status":"UNVERIFIED","credibility":6,"topics":["bench-writes"]}');
COMMIT;
