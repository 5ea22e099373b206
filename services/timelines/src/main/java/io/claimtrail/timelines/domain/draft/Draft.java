package io.claimtrail.timelines.domain.draft;

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

/** An article under review: its candidates as extracted, the analyst's decisions, and what the import wrote. */
@Entity
@Table(name = "draft")
public class Draft {

    public enum Status { OPEN, IMPORTED }

    @Id
    public UUID id;

    @Column(name = "article_text", nullable = false)
    public String text;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    public String url;

    public String title;

    public String outlet;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status = Status.OPEN;

    /** The timeline the accepted candidates were imported into. */
    @Column(name = "timeline_id")
    public UUID timelineId;

    /** Whether the extraction answered without speakers resolved or claims matched ({@code warnings} say why). */
    public boolean degraded;

    /** JSON list of the extraction's warnings. */
    public String warnings;

    @ElementCollection
    @CollectionTable(name = "draft_candidate", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    public List<DraftCandidate> candidates = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Version
    public long version;
}
