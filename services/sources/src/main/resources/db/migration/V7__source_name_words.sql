-- Issue #17, the sources search (deploy/bench/README.md, "sources search, word table"). The words of each source's
-- folded name: the runs of ASCII letters and digits of name_folded. A search for a word reads the names holding it
-- from this btree in index order and stops once its window is full, where the trigram index first built a bitmap of
-- every name containing it (12,501 names for "pentagon" on the bench set). SourceSearch keeps the trigram path for
-- every search this cannot answer whole.
--
-- Kept by a trigger on source, so every write path (the API, SQL loads, tests) keeps it right; a deleted source takes
-- its words with it. Aliases are not here: no search reads them from a word table (SourceSearch, "the fast window").
CREATE TABLE source_name_word (
    word      text COLLATE "C" NOT NULL,
    source_id uuid             NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    PRIMARY KEY (word, source_id)
);

CREATE INDEX source_name_word_source ON source_name_word (source_id);

-- The words of a folded text, each once.
CREATE FUNCTION claimtrail_words(folded text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT DISTINCT w FROM regexp_split_to_table(folded, '[^a-z0-9]+') w WHERE w <> '' $$;

-- AFTER, so that name_folded (a generated column) is computed. An UPDATE that leaves the name as it was keeps the
-- words untouched.
CREATE FUNCTION source_name_words_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.name_folded IS NOT DISTINCT FROM OLD.name_folded AND NEW.id = OLD.id THEN
            RETURN NULL;
        END IF;
        DELETE FROM source_name_word WHERE source_id = OLD.id;
    END IF;
    INSERT INTO source_name_word (word, source_id) SELECT w, NEW.id FROM claimtrail_words(NEW.name_folded) w;
    RETURN NULL;
END $$;

-- The statements look rows up by key: a cached plan is as good (see claims V14 on force_custom_plan in triggers).
ALTER FUNCTION source_name_words_follow() SET plan_cache_mode = auto;

CREATE TRIGGER source_name_words AFTER INSERT OR UPDATE OF name, id ON source
    FOR EACH ROW EXECUTE FUNCTION source_name_words_follow();

INSERT INTO source_name_word (word, source_id)
SELECT w, s.id FROM source s, claimtrail_words(s.name_folded) w;

ANALYZE source_name_word;
