package io.claimtrail.timelines.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A story: its claims are those with any of its topics plus the pinned ones; its events are its own. */
@Entity
@Table(name = "timeline")
public class Timeline {

    @Id
    public UUID id;

    public String slug;

    public String title;

    public String summary;

    @ElementCollection
    @CollectionTable(name = "timeline_topic", joinColumns = @JoinColumn(name = "timeline_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "timeline_pinned_claim", joinColumns = @JoinColumn(name = "timeline_id"))
    @OrderColumn(name = "position")
    @Column(name = "claim_id")
    public List<UUID> pinnedClaimIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "timeline_era", joinColumns = @JoinColumn(name = "timeline_id"))
    @OrderColumn(name = "position")
    public List<Era> eras = new ArrayList<>();

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
}
