package io.claimtrail.claims.domain;

/** How one claim bears on another. */
public enum RelationType {
    SUPPORTS,
    CONTRADICTS,
    /** The claim states there is no evidence for the other: it may justify DISPUTED, never REFUTED. */
    NO_EVIDENCE_FOR,
    /** A later statement by the same or another source that revises the other. */
    UPDATES,
    /** The original speaker withdraws the other claim; only a claim of the same source can retract. */
    RETRACTS,
    /** This claim repeats another source's claim: one line of evidence, not two. */
    CITES,
    DUPLICATES
}
