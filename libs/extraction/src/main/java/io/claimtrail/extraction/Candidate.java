package io.claimtrail.extraction;

/**
 * One attribution found in an article: a candidate claim for an analyst to review.
 *
 * @param mode          DIRECT, INDIRECT or MIXED
 * @param speaker       who said it; null when the text names nobody ("it is said")
 * @param cue           the words that attribute ("said", "told reporters", "according to")
 * @param content       what was attributed, as it stands in the text (quotation marks excluded)
 * @param quote         the verbatim words for DIRECT and MIXED, null for INDIRECT
 * @param claimText     a readable statement of the claim
 * @param statedOn      EDTF date of the statement, resolved against the publication date
 * @param statedOnBasis why that date ("'on Monday', the Monday before publication")
 * @param claimKind     a guess at the kind of statement
 * @param resolvesBy    EDTF date by which a FORECAST can be checked, where the text gives one; else null
 * @param score         confidence in [0, 1]
 */
public record Candidate(Mode mode, Speaker speaker, TextSpan cue, TextSpan content, String quote, String claimText,
                        String statedOn, String statedOnBasis, ClaimKind claimKind, String resolvesBy,
                        double score) {
}
