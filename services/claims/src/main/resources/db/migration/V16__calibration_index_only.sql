-- Issue #14's calibration over 1M claims (GET /claims/calibration, deploy/bench section 9), found with EXPLAIN
-- (ANALYZE, BUFFERS) on the bench data set. ClaimQueries.calibration counts the claims that stand CONFIRMED or
-- REFUTED (a third of the bench claims); without this index PostgreSQL read the whole claim table (126,000 pages,
-- every column of the million rows) to find them. Their ids and status now come from the index alone.
CREATE INDEX claim_resolved ON claim (id) INCLUDE (status)
    WHERE status IN ('CONFIRMED', 'REFUTED') AND NOT archived;

-- Its verdict step (each claim's first CONFIRMED or REFUTED transition) scanned every transition for the few
-- verdicts; they are now read from this partial index without visiting the table.
CREATE INDEX claim_transition_verdict ON claim_transition (claim_id)
    INCLUDE (effective_earliest, effective_latest, recorded_at, withdrawn_at)
    WHERE to_status IN ('CONFIRMED', 'REFUTED');
