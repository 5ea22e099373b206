package io.claimtrail.extraction;

/** How the words were attributed. */
public enum Mode {
    /** Verbatim, within quotation marks. */
    DIRECT,
    /** Reported speech: "said that", "according to", "told reporters". */
    INDIRECT,
    /** Reported speech that quotes some words verbatim. */
    MIXED
}
