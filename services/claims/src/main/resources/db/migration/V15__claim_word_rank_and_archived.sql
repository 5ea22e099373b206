-- Issue #17: a search for one word (q is one lexeme, no other filter) finds and ranks its window from claim_word
-- alone. Each entry now also carries its claim's archived flag and the rank the claim has for that word alone
-- (ts_rank of its search vector for the one-lexeme query: with the default normalization it depends only on that
-- lexeme's positions), both included in the primary key so that the window is one index-only range scan: 1,001
-- entries instead of 1,001 entries and 1,001 claims read by key (SearchWindow).
--
-- claim_word is rebuilt rather than updated in place (an UPDATE of every row would write each one twice and leave
-- the old versions behind): about 13M rows on the bench's 1M claims (deploy/bench/README.md has the time). Until
-- autovacuum has visited the new table, its index-only scans also read the table: `VACUUM ANALYZE claim_word` after
-- the migration makes searches fast at once.

-- A lexeme as a one-lexeme tsquery, quoted as tsquery input wants it (quotes and backslashes doubled), so that a
-- lexeme with punctuation (a URL, a path, a hyphenated word) is read back as the same single lexeme.
CREATE FUNCTION claim_word_rank(search tsvector, lexeme text) RETURNS real
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ts_rank(search, ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery) $$;

CREATE TABLE claim_word_ranked (
    lexeme          text    NOT NULL,
    stated_earliest date    NOT NULL,
    stated_latest   date    NOT NULL,
    claim_id        uuid    NOT NULL,
    archived        boolean NOT NULL,
    rank            real    NOT NULL
);

INSERT INTO claim_word_ranked (lexeme, stated_earliest, stated_latest, claim_id, archived, rank)
SELECT w.lexeme, coalesce(c.stated_earliest, '-infinity'), coalesce(c.stated_latest, 'infinity'), c.id, c.archived,
       claim_word_rank(c.search, w.lexeme)
  FROM claim c, unnest(tsvector_to_array(c.search)) AS w(lexeme);

DROP TABLE claim_word;
ALTER TABLE claim_word_ranked RENAME TO claim_word;
ALTER TABLE claim_word ADD CONSTRAINT claim_word_pkey PRIMARY KEY (lexeme, stated_earliest, stated_latest, claim_id)
    INCLUDE (archived, rank);

CREATE OR REPLACE FUNCTION claim_words_of_new_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_word (lexeme, stated_earliest, stated_latest, claim_id, archived, rank)
    SELECT w.lexeme, coalesce(n.stated_earliest, '-infinity'), coalesce(n.stated_latest, 'infinity'), n.id,
           n.archived, claim_word_rank(n.search, w.lexeme)
      FROM new_rows n, unnest(tsvector_to_array(n.search)) AS w(lexeme)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION claim_words_follow_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_word
     WHERE lexeme = ANY (tsvector_to_array(OLD.search))
       AND stated_earliest = coalesce(OLD.stated_earliest, '-infinity')
       AND stated_latest = coalesce(OLD.stated_latest, 'infinity')
       AND claim_id = OLD.id;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO claim_word (lexeme, stated_earliest, stated_latest, claim_id, archived, rank)
        SELECT w.lexeme, coalesce(NEW.stated_earliest, '-infinity'), coalesce(NEW.stated_latest, 'infinity'), NEW.id,
               NEW.archived, claim_word_rank(NEW.search, w.lexeme)
          FROM unnest(tsvector_to_array(NEW.search)) AS w(lexeme)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- An archived (or restored) claim's entries follow it too.
DROP TRIGGER claim_words_update ON claim;
CREATE TRIGGER claim_words_update AFTER UPDATE OF text, quote, stated_earliest, stated_latest, archived ON claim
    FOR EACH ROW
    WHEN (OLD.search IS DISTINCT FROM NEW.search OR OLD.stated_earliest IS DISTINCT FROM NEW.stated_earliest
          OR OLD.stated_latest IS DISTINCT FROM NEW.stated_latest OR OLD.archived IS DISTINCT FROM NEW.archived)
    EXECUTE FUNCTION claim_words_follow_claim();

ANALYZE claim_word;
