-- The actor is the token's subject (`sub`), whose length the identity provider decides, not this service: a
-- varchar(200) would turn a long subject into a failed write. audit_entry.actor is text for the same reason.
ALTER TABLE claim_transition ALTER COLUMN actor TYPE text;
ALTER TABLE claim_relation ALTER COLUMN actor TYPE text;
