package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Something that happened, as opposed to something someone said, e.g. the signing of a pact. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    public UUID id;

    @Column(name = "timeline_id")
    public UUID timelineId;

    public String title;

    public String description;

    public String occurred;

    @Column(name = "occurred_earliest")
    public LocalDate occurredEarliest;

    @Column(name = "occurred_latest")
    public LocalDate occurredLatest;

    public String place;

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "source_id")
    public List<UUID> sourceIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_claim", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "claim_id")
    public List<UUID> claimIds = new ArrayList<>();

    public boolean archived;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who made the latest write: the token's subject. Each version keeps it. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public void setOccurred(PartialDate date) {
        occurred = date.text();
        occurredEarliest = date.earliest().orElse(null);
        occurredLatest = date.latest().orElse(null);
    }

    public PartialDate occurredDate() {
        return PartialDate.parse(occurred);
    }
}
