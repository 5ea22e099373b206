package io.claimtrail.common.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One write, as it was made: who, when, what, and the resource before and after, in the shape the API returns it.
 * Each service has its own {@code audit_entry} table (its Flyway migration); rows are only ever inserted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    /** What happened, e.g. {@code created}, {@code updated}, {@code archived}, {@code transitioned}. */
    @Column(nullable = false)
    public String action;

    /** The resource whose {@code /audit} lists this entry: a source, a claim or a timeline. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** What was written: the subject itself, or a part of it such as a transition, relation or event. */
    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    /** JSON, null for a creation. */
    @Column(name = "before_state")
    public String before;

    /** JSON, null when nothing remains. */
    @Column(name = "after_state")
    public String after;
}
