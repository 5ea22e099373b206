-- A story's claims in statedOn order come from one ordered index scan per topic: each claim_topic row carries its
-- claim's date bounds, open ends as -infinity / infinity so that rows compare for keyset paging (the order of
-- claim.stated_earliest NULLS FIRST, claim.stated_latest NULLS LAST). Triggers keep the copies equal to the claim.

ALTER TABLE claim_topic ADD COLUMN stated_earliest date, ADD COLUMN stated_latest date;

UPDATE claim_topic ct
   SET stated_earliest = coalesce(c.stated_earliest, '-infinity'),
       stated_latest   = coalesce(c.stated_latest, 'infinity')
  FROM claim c
 WHERE c.id = ct.claim_id;

ALTER TABLE claim_topic ALTER COLUMN stated_earliest SET NOT NULL, ALTER COLUMN stated_latest SET NOT NULL;

CREATE FUNCTION claim_topic_takes_claim_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT coalesce(c.stated_earliest, '-infinity'), coalesce(c.stated_latest, 'infinity')
      INTO NEW.stated_earliest, NEW.stated_latest
      FROM claim c WHERE c.id = NEW.claim_id;
    RETURN NEW;
END $$;

CREATE TRIGGER claim_topic_order BEFORE INSERT OR UPDATE OF claim_id ON claim_topic
    FOR EACH ROW EXECUTE FUNCTION claim_topic_takes_claim_order();

CREATE FUNCTION claim_order_to_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_topic
       SET stated_earliest = coalesce(NEW.stated_earliest, '-infinity'),
           stated_latest   = coalesce(NEW.stated_latest, 'infinity')
     WHERE claim_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_order_to_topics AFTER UPDATE OF stated_earliest, stated_latest ON claim
    FOR EACH ROW
    WHEN (OLD.stated_earliest IS DISTINCT FROM NEW.stated_earliest OR OLD.stated_latest IS DISTINCT FROM NEW.stated_latest)
    EXECUTE FUNCTION claim_order_to_topics();

-- The new index also serves "claims with this topic", which claim_topic_topic did.
DROP INDEX claim_topic_topic;
CREATE INDEX claim_topic_story_order ON claim_topic (topic, stated_earliest, stated_latest, claim_id);
