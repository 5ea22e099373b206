-- Keep the folded form of names and aliases in stored columns: searching then reads it instead of running
-- unaccent on every candidate row. Measured on 100k sources, a search matching 10k of them took about half as long.
ALTER TABLE source ADD COLUMN name_folded text GENERATED ALWAYS AS (claimtrail_fold(name)) STORED;
ALTER TABLE source_alias ADD COLUMN alias_folded text GENERATED ALWAYS AS (claimtrail_fold(alias)) STORED;

DROP INDEX source_name_trgm;
DROP INDEX source_alias_trgm;
DROP INDEX source_name_folded;
DROP INDEX source_alias_folded;

CREATE INDEX source_name_trgm ON source USING gin (name_folded gin_trgm_ops);
CREATE INDEX source_alias_trgm ON source_alias USING gin (alias_folded gin_trgm_ops);
CREATE INDEX source_name_folded ON source (name_folded);
CREATE INDEX source_alias_folded ON source_alias (alias_folded);
