package io.claimtrail.sources.domain;

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
 * One reliability rating of a source, kept forever: the Admiralty letter, from when it holds in the world
 * ({@code effectiveOn}; none: from the start), why, who rated and when it was recorded. {@link RatingSeries} says
 * which one is in force.
 */
@Entity
@Table(name = "source_rating")
public class Rating {

    @Id
    public UUID id;

    @Column(name = "source_id")
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    public Reliability reliability;

    @Column(name = "effective_on")
    public String effectiveOn;

    @Column(name = "effective_earliest")
    public LocalDate effectiveEarliest;

    @Column(name = "effective_latest")
    public LocalDate effectiveLatest;

    public String reason;

    public String rater;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Rating of(UUID sourceId, Reliability reliability, PartialDate effectiveOn, String reason,
            String rater, Instant recordedAt) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.sourceId = sourceId;
        rating.reliability = reliability;
        rating.effectiveOn = effectiveOn == null ? null : effectiveOn.text();
        rating.effectiveEarliest = effectiveOn == null ? null : effectiveOn.earliest().orElse(null);
        rating.effectiveLatest = effectiveOn == null ? null : effectiveOn.latest().orElse(null);
        rating.reason = reason;
        rating.rater = rater;
        rating.recordedAt = recordedAt;
        return rating;
    }

    public PartialDate effective() {
        return PartialDate.parseNullable(effectiveOn);
    }
}
