package io.claimtrail.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A typed link from one claim to another, e.g. the Pentagon's "no evidence" NO_EVIDENCE_FOR TV Chosun's report. */
@Entity
@Table(name = "claim_relation")
public class Relation {

    @Id
    public UUID id;

    @Column(name = "from_claim_id")
    public UUID fromClaimId;

    @Column(name = "to_claim_id")
    public UUID toClaimId;

    @Enumerated(EnumType.STRING)
    public RelationType type;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String actor;
}
