package io.claimtrail.extraction;

/** A first guess at what kind of statement was made; an analyst confirms it. */
public enum ClaimKind {
    ASSERTION,
    DENIAL,
    /** "We have no evidence of...", "I don't have anything for you on that". */
    NO_EVIDENCE,
    /** About the future: "will", "plans to", "could arrive as early as July". */
    FORECAST
}
