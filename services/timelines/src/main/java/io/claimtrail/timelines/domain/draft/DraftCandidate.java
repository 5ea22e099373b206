package io.claimtrail.timelines.domain.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.UUID;

/**
 * One candidate of a draft: as extracted (JSON, kept unchanged), as reviewed (decision and the claim to write, which
 * starts as extracted), and what the import wrote for it.
 */
@Embeddable
public class DraftCandidate {

    public enum Decision { PENDING, ACCEPTED, REJECTED }

    /** What the import did: a new claim, an existing one matched, or an appearance added to (or already on) one. */
    public enum Outcome { CLAIM_CREATED, CLAIM_MATCHED, APPEARANCE_ADDED, APPEARANCE_PRESENT }

    /** {@link ExtractedCandidate} as JSON. */
    @Column(nullable = false)
    public String extracted;

    @Enumerated(EnumType.STRING)
    public Decision decision = Decision.PENDING;

    @Column(name = "claim_text", nullable = false)
    public String text;

    public String quote;

    @Column(name = "stated_on", nullable = false)
    public String statedOn;

    @Column(nullable = false)
    public String kind;

    @Column(name = "resolves_by")
    public String resolvesBy;

    /** JSON list of topic slugs; empty: the target timeline's topics. */
    @Column(nullable = false)
    public String topics = "[]";

    /** The speaker's source: resolved at extraction or picked by the analyst. */
    @Column(name = "source_id")
    public UUID sourceId;

    /** Create the source proposed at extraction when importing. */
    @Column(name = "create_source")
    public boolean createSource;

    /** Add the article as an appearance of this existing claim instead of creating a claim. */
    @Column(name = "attach_to_claim_id")
    public UUID attachToClaimId;

    @Column(name = "imported_claim_id")
    public UUID importedClaimId;

    @Column(name = "imported_source_id")
    public UUID importedSourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_outcome")
    public Outcome importOutcome;

    @Column(name = "imported_at")
    public Instant importedAt;
}
