-- Issue #14's roll-up listing (GET /claims?sourceId=&includeMembers=true, deploy/bench section 9): each member's
-- claims are taken by their own ordered scan, stopped after one page (ClaimQueries.rolledUp). The listing orders
-- by stated_earliest NULLS FIRST, which V10's claim_source_order (NULLS LAST) cannot give without sorting every
-- claim of the source; this index gives it, and serves whatever claim_source_order served.
CREATE INDEX claim_source_listing ON claim (source_id, stated_earliest NULLS FIRST, stated_latest, id) INCLUDE (archived);
DROP INDEX claim_source_order;
