-- Issue #17, the cost of POST /claims in the database (deploy/bench/README.md, "Writes"). Measured with pgbench on the
-- bench data set, the version trigger of V6 (with V8's topics of each version) was the largest part of a new claim's
-- write. Two things made it dear, neither needed:
--
-- 1. The services run with plan_cache_mode=force_custom_plan (application.properties: a story's topic or a word needs
--    a plan for its own selectivity). The statements inside trigger functions inherit it, so each of them was planned
--    again at every row. They look rows up by key, where a cached plan is as good: their functions now run with
--    PostgreSQL's default (auto), which keeps a generic plan once it is no dearer than the custom ones.
-- 2. For a claim just inserted there is no earlier version to close and no topic of this version to delete: the
--    INSERT event now skips those statements. A claim inserted and changed in one transaction still gets its UPDATE
--    event, which does both, and ON CONFLICT keeps one version per version number as before.
--
-- Behaviour is unchanged: the functions give the same rows (the claims suite's history tests pin them).

CREATE OR REPLACE FUNCTION claim_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE claim_version v SET recorded_to = greatest(c.updated_at, v.recorded_from)
          FROM claim c
         WHERE c.id = NEW.id AND v.id = c.id AND v.version < c.version AND v.recorded_to IS NULL;
    END IF;
    INSERT INTO claim_version (id, version, recorded_from, actor, text, quote, language, source_id, stated_on,
                               stated_earliest, stated_latest, kind, resolves_by, resolves_by_latest, status,
                               credibility, archived, archived_reason, created_at, updated_at, topics, appearances)
    SELECT c.id, c.version, c.updated_at, c.updated_by, c.text, c.quote, c.language, c.source_id, c.stated_on,
           c.stated_earliest, c.stated_latest, c.kind, c.resolves_by, c.resolves_by_latest, c.status,
           c.credibility, c.archived, c.archived_reason, c.created_at, c.updated_at, c.topics,
           claim_appearances_json(c.id)
      FROM claim c WHERE c.id = NEW.id
    ON CONFLICT (id, version) DO UPDATE SET
           recorded_from = EXCLUDED.recorded_from, actor = EXCLUDED.actor, text = EXCLUDED.text,
           quote = EXCLUDED.quote, language = EXCLUDED.language, source_id = EXCLUDED.source_id,
           stated_on = EXCLUDED.stated_on, stated_earliest = EXCLUDED.stated_earliest,
           stated_latest = EXCLUDED.stated_latest, kind = EXCLUDED.kind, resolves_by = EXCLUDED.resolves_by,
           resolves_by_latest = EXCLUDED.resolves_by_latest, status = EXCLUDED.status,
           credibility = EXCLUDED.credibility, archived = EXCLUDED.archived,
           archived_reason = EXCLUDED.archived_reason, created_at = EXCLUDED.created_at,
           updated_at = EXCLUDED.updated_at, topics = EXCLUDED.topics, appearances = EXCLUDED.appearances;
    RETURN NULL;
END $$;

-- An inserted version row is new (a conflicting INSERT ... ON CONFLICT DO UPDATE fires the UPDATE event): no topic
-- rows of it exist yet, as each references it.
CREATE OR REPLACE FUNCTION claim_version_topics_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM claim_version_topic WHERE claim_id = NEW.id AND version = NEW.version;
    END IF;
    INSERT INTO claim_version_topic (claim_id, version, topic, stated_earliest, stated_latest, recorded_from, recorded_to,
                                     archived)
    SELECT DISTINCT NEW.id, NEW.version, t, coalesce(NEW.stated_earliest, '-infinity'),
           coalesce(NEW.stated_latest, 'infinity'), NEW.recorded_from, NEW.recorded_to, NEW.archived
      FROM unnest(NEW.topics) t;
    RETURN NULL;
END $$;

ALTER FUNCTION claim_keep_version() SET plan_cache_mode = auto;
ALTER FUNCTION claim_version_topics_follow() SET plan_cache_mode = auto;
ALTER FUNCTION claim_topic_takes_claim_order() SET plan_cache_mode = auto;
ALTER FUNCTION claim_order_to_topics() SET plan_cache_mode = auto;
ALTER FUNCTION claim_topics_follow() SET plan_cache_mode = auto;
ALTER FUNCTION claim_words_of_new_claims() SET plan_cache_mode = auto;
ALTER FUNCTION claim_words_follow_claim() SET plan_cache_mode = auto;
