package io.claimtrail.claims.domain;

import io.claimtrail.common.date.PartialDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One statement attributed to one source, with where it appeared and where it stands now. */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;

    public String text;

    public String quote;

    public String language;

    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "stated_on")
    public String statedOn;

    @Column(name = "stated_earliest")
    public LocalDate statedEarliest;

    @Column(name = "stated_latest")
    public LocalDate statedLatest;

    @Enumerated(EnumType.STRING)
    public ClaimKind kind;

    @Column(name = "resolves_by")
    public String resolvesBy;

    @Column(name = "resolves_by_latest")
    public LocalDate resolvesByLatest;

    @ElementCollection
    @CollectionTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_appearance", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<Appearance> appearances = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public int credibility;

    public boolean archived;

    @Column(name = "archived_reason")
    public String archivedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who made the latest write: the token's subject. Each version of the claim keeps it. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public void setStatedOn(PartialDate date) {
        statedOn = date.text();
        statedEarliest = date.earliest().orElse(null);
        statedLatest = date.latest().orElse(null);
    }

    public void setResolvesBy(PartialDate date) {
        resolvesBy = date == null ? null : date.text();
        resolvesByLatest = date == null ? null : date.latest().orElse(null);
    }

    /** {@link #statedOn} parsed, kept while statedOn is the same text: an assessment reads it several times a claim. */
    @Transient
    private PartialDate statedParsed;

    @Transient
    private String statedParsedFrom;

    public PartialDate stated() {
        String text = statedOn;
        if (statedParsed == null || !text.equals(statedParsedFrom)) {
            statedParsed = PartialDate.parse(text);
            statedParsedFrom = text;
        }
        return statedParsed;
    }
}
