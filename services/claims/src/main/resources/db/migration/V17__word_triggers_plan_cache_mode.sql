-- V14 let the write triggers keep a generic plan (plan_cache_mode = auto, see there). V15 then replaced the two
-- claim_word trigger functions with CREATE OR REPLACE, which resets a function's settings: set them again.
ALTER FUNCTION claim_words_of_new_claims() SET plan_cache_mode = auto;
ALTER FUNCTION claim_words_follow_claim() SET plan_cache_mode = auto;
