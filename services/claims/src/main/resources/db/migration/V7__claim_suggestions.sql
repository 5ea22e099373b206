-- Issue #14: what the evidence suggests for a claim, kept when a relation or transition changes it, until an editor
-- accepts it with a transition that cites it (statuses never change by themselves). Each suggestion is a version:
-- recorded from when it was drawn until it was replaced or no longer applied, so reads as known at a moment show
-- the suggestion of then. Only suggestions that differ from where the claim stands are kept.
CREATE TABLE claim_suggestion (
    id               uuid         PRIMARY KEY,
    claim_id         uuid         NOT NULL REFERENCES claim (id),
    to_status        varchar(16)  NOT NULL,
    credibility      smallint     NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    status_rule      varchar(64)  NOT NULL,
    credibility_rule varchar(64)  NOT NULL,
    recorded_from    timestamptz  NOT NULL,
    recorded_to      timestamptz,
    CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
);

-- At most one suggestion in force per claim; the current ones are what hasSuggestion filters on.
CREATE UNIQUE INDEX claim_suggestion_current ON claim_suggestion (claim_id) WHERE recorded_to IS NULL;
CREATE INDEX claim_suggestion_history ON claim_suggestion (claim_id, recorded_from);

-- The transition that accepted a suggestion cites it.
ALTER TABLE claim_transition ADD COLUMN suggestion_id uuid REFERENCES claim_suggestion (id);
