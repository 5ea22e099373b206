package io.claimtrail.claims.domain;

/** What sort of statement a claim is. */
public enum ClaimKind {
    /** Something is so. */
    ASSERTION,
    /** Something is not so. */
    DENIAL,
    /** The speaker has no evidence of something: an absence of evidence, not a refutation. */
    NO_EVIDENCE,
    /** Something will happen; comes true or not by {@code resolvesBy}. */
    FORECAST
}
