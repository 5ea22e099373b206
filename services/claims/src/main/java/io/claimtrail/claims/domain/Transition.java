package io.claimtrail.claims.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a claim's status or credibility, kept forever. The first transition of a claim has no
 * {@code from}: it records the status and credibility the claim was entered with.
 */
@Entity
@Table(name = "claim_transition")
public class Transition {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ClaimStatus to;

    public int credibility;

    public String reason;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "evidence_claim_id")
    public UUID evidenceClaimId;

    @Column(name = "effective_on")
    public String effectiveOn;

    @Column(name = "effective_earliest")
    public LocalDate effectiveEarliest;

    @Column(name = "effective_latest")
    public LocalDate effectiveLatest;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String actor;

    /** When it was withdrawn (null: in force), why and by whom; a withdrawn transition stays readable. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** The suggestion this transition accepted, if it was one (claim_suggestion, V7). */
    @Column(name = "suggestion_id")
    public UUID suggestionId;

    public void setEffectiveOn(PartialDate date) {
        effectiveOn = date.text();
        effectiveEarliest = date.earliest().orElse(null);
        effectiveLatest = date.latest().orElse(null);
    }

    public PartialDate effective() {
        return PartialDate.parse(effectiveOn);
    }
}
