package io.claimtrail.sources.domain;

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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Whoever makes or carries a claim: an outlet, institution, office, person, document or account. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    public UUID id;

    public String slug;

    public String name;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    @ElementCollection
    @CollectionTable(name = "source_alias", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    public String country;

    public String homepage;

    public String description;

    @Enumerated(EnumType.STRING)
    public Reliability reliability = Reliability.F;

    @Column(name = "state_affiliated")
    public boolean stateAffiliated;

    @ElementCollection
    @CollectionTable(name = "source_affiliation", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Affiliation> affiliations = new ArrayList<>();

    public boolean archived;

    @Column(name = "archived_reason")
    public String archivedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who made the latest write: the token's subject. Each version of the source keeps it. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
