-- Issue #17: a search's window (the 1,000 most recent matches, SearchWindow) read in order from an index. claim_word
-- holds every lexeme of each claim's search vector with the claim's date bounds, open ends as -infinity / infinity as
-- in claim_topic (V4); its primary key, read backwards from a lexeme, gives that lexeme's claims in the window's order
-- (stated_earliest DESC NULLS LAST, stated_latest DESC NULLS FIRST, id DESC). The 1,001 most recent claims with a word
-- are then the first 1,001 entries of one index range, where the full-text index (claim_search) lists all of them
-- unordered: 600,000 of the 1M claims of the bench for its most common word, 20,000-30,000 for a word of rank 50.
-- Triggers keep it equal to the claims: new claims by statement (bulk inserts stay bulk), a changed text, quote or
-- date and a deleted claim row by row (the claim's old entries are found by their full key).
--
-- On the 1M claims of the bench the backfill writes about 14M rows. Until autovacuum has visited the new table its
-- pages are not marked all-visible and its index-only scans also read the table: `VACUUM ANALYZE claim_word` after
-- the migration makes searches fast at once (deploy/bench/README.md has the times).

CREATE TABLE claim_word (
    lexeme          text NOT NULL,
    stated_earliest date NOT NULL,
    stated_latest   date NOT NULL,
    claim_id        uuid NOT NULL
);

INSERT INTO claim_word (lexeme, stated_earliest, stated_latest, claim_id)
SELECT w.lexeme, coalesce(c.stated_earliest, '-infinity'), coalesce(c.stated_latest, 'infinity'), c.id
  FROM claim c, unnest(tsvector_to_array(c.search)) AS w(lexeme);

ALTER TABLE claim_word ADD CONSTRAINT claim_word_pkey PRIMARY KEY (lexeme, stated_earliest, stated_latest, claim_id);

CREATE FUNCTION claim_words_of_new_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_word (lexeme, stated_earliest, stated_latest, claim_id)
    SELECT w.lexeme, coalesce(n.stated_earliest, '-infinity'), coalesce(n.stated_latest, 'infinity'), n.id
      FROM new_rows n, unnest(tsvector_to_array(n.search)) AS w(lexeme)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_words_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_words_of_new_claims();

-- The entries of OLD (a changed or deleted claim) go; those of NEW (a changed claim) come.
CREATE FUNCTION claim_words_follow_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_word
     WHERE lexeme = ANY (tsvector_to_array(OLD.search))
       AND stated_earliest = coalesce(OLD.stated_earliest, '-infinity')
       AND stated_latest = coalesce(OLD.stated_latest, 'infinity')
       AND claim_id = OLD.id;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO claim_word (lexeme, stated_earliest, stated_latest, claim_id)
        SELECT w.lexeme, coalesce(NEW.stated_earliest, '-infinity'), coalesce(NEW.stated_latest, 'infinity'), NEW.id
          FROM unnest(tsvector_to_array(NEW.search)) AS w(lexeme)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- search is generated from text and quote, so those are the columns an UPDATE names when it changes.
CREATE TRIGGER claim_words_update AFTER UPDATE OF text, quote, stated_earliest, stated_latest ON claim
    FOR EACH ROW
    WHEN (OLD.search IS DISTINCT FROM NEW.search OR OLD.stated_earliest IS DISTINCT FROM NEW.stated_earliest
          OR OLD.stated_latest IS DISTINCT FROM NEW.stated_latest)
    EXECUTE FUNCTION claim_words_follow_claim();

CREATE TRIGGER claim_words_delete AFTER DELETE ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_words_follow_claim();

CREATE FUNCTION claim_words_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE claim_word;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_words_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION claim_words_truncate();

ANALYZE claim_word;
