-- Issue #13, claim matching (POST /claims/similar, GET /claims/{id}/similar, possibleDuplicates of POST /claims):
-- candidates are ranked by trigram similarity of their text (pg_trgm) and the full-text rank of their words
-- (claim.search, V1). The trigram index serves matching over all sources in a date window (the text's trigrams,
-- combined with the full-text index and the date indexes); matching within a speaker and its institutions goes by
-- claim_source (source_id, stated_earliest, V1). pg_trgm lower-cases and ignores punctuation by itself, so the index
-- is on the text as stored: no new column, so the version trigger of V6 (which lists its columns) is untouched.
-- As with unaccent in the sources service, creating the extension needs a superuser or a DBA beforehand
-- (README, "An external PostgreSQL").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX claim_text_trigrams ON claim USING gin (text gin_trgm_ops);

-- Matching as recorded at a moment (knownAt) reads the versions in force then: by source and date, as on claim.
CREATE INDEX claim_version_source ON claim_version (source_id, stated_earliest);
