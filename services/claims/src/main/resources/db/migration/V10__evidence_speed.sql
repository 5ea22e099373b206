-- Issue #14's bench targets (deploy/bench/README.md): indexes for the roll-up listing and for calibration, each
-- found with EXPLAIN (ANALYZE, BUFFERS) on the bench data set (1M claims).

-- Roll-up listings (includeMembers): the claims of 1,000 members are about 200,000 of the 1M, scattered over the
-- whole table. With the listing's order and filter in the index, they are counted and the page is taken from the
-- index alone, without visiting the table. It serves whatever claim_source (source_id, stated_earliest) served.
CREATE INDEX claim_source_order ON claim (source_id, stated_earliest, stated_latest, id) INCLUDE (archived);
DROP INDEX claim_source;

-- Calibration reads each claim's chain as its first link and the links after it (ClaimQueries.calibration). The
-- first links, with what the view's conditions and the rating need, from the index alone; the links after the first
-- (few: most claims never move) and the verdicts, without reading the million first links.
CREATE INDEX claim_transition_first ON claim_transition (claim_id)
    INCLUDE (to_status, credibility, effective_latest, recorded_at, withdrawn_at) WHERE from_status IS NULL;
CREATE INDEX claim_transition_later ON claim_transition (claim_id) WHERE from_status IS NOT NULL;
