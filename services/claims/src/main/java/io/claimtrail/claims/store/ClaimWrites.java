package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Appearance;
import io.claimtrail.claims.domain.Claim;
import io.claimtrail.claims.domain.Transition;
import io.claimtrail.common.audit.AuditEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records a new claim in plain SQL, in one transaction: the claim, its topics, its appearances, its first transition
 * and its audit entry (deploy/bench/sql/pgbench-write-claim.sql writes the same rows). Issue #17: Hibernate's
 * session, flush and generated-id read were about a fifth of the claims JVM's samples under {@code POST /claims}.
 * The claim row is inserted with its topics array already set (V5 keeps it equal to claim_topic), so that V5's
 * trigger finds nothing to update: an update would write every index of the claim a second time and V6's version
 * trigger twice.
 */
@ApplicationScoped
public class ClaimWrites {

    private static final String INSERT_CLAIM = "INSERT INTO claim (id, text, quote, language, source_id, stated_on,"
            + " stated_earliest, stated_latest, kind, resolves_by, resolves_by_latest, status, credibility, archived,"
            + " archived_reason, created_at, updated_at, updated_by, version, topics)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)";
    private static final String INSERT_TOPICS = "INSERT INTO claim_topic (claim_id, position, topic)"
            + " SELECT $1, t.n - 1, t.topic FROM unnest($2::text[]) WITH ORDINALITY AS t(topic, n)";
    private static final String INSERT_APPEARANCES = "INSERT INTO claim_appearance (claim_id, position, url,"
            + " publisher_id, published_on, published_earliest, retrieved_at, quote)"
            + " SELECT $1, a.n - 1, a.url, a.publisher_id, a.published_on, a.published_earliest, a.retrieved_at, a.quote"
            + " FROM unnest($2::text[], $3::uuid[], $4::text[], $5::date[], $6::timestamptz[], $7::text[])"
            + " WITH ORDINALITY AS a(url, publisher_id, published_on, published_earliest, retrieved_at, quote, n)";
    private static final String INSERT_TRANSITION = "INSERT INTO claim_transition (id, claim_id, from_status, to_status,"
            + " credibility, reason, evidence_url, evidence_claim_id, effective_on, effective_earliest, effective_latest,"
            + " recorded_at, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
    private static final String INSERT_AUDIT = "INSERT INTO audit_entry (at, actor, action, subject_id, entity_type,"
            + " entity_id, before_state, after_state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

    private final Pool pool;

    public ClaimWrites(Pool pool) {
        this.pool = pool;
    }

    /** Inserts a claim that is not yet stored, with its first transition and the audit entry of its creation. */
    public Uni<Void> insert(Claim claim, Transition first, AuditEntry audit) {
        return pool.withTransaction(connection -> claim(connection, claim)
                .chain(() -> topics(connection, claim))
                .chain(() -> appearances(connection, claim))
                .chain(() -> transition(connection, first))
                .chain(() -> audit(connection, audit)));
    }

    private static Uni<Void> claim(SqlConnection connection, Claim c) {
        Tuple row = Tuple.tuple()
                .addUUID(c.id).addString(c.text).addString(c.quote).addString(c.language).addUUID(c.sourceId)
                .addString(c.statedOn).addLocalDate(c.statedEarliest).addLocalDate(c.statedLatest)
                .addString(c.kind.name()).addString(c.resolvesBy).addLocalDate(c.resolvesByLatest)
                .addString(c.status.name()).addInteger(c.credibility).addBoolean(c.archived)
                .addString(c.archivedReason).addOffsetDateTime(utc(c.createdAt)).addOffsetDateTime(utc(c.updatedAt))
                .addString(c.updatedBy).addLong(c.version).addArrayOfString(c.topics.toArray(String[]::new));
        return connection.preparedQuery(INSERT_CLAIM).execute(row).replaceWithVoid();
    }

    private static Uni<Void> topics(SqlConnection connection, Claim c) {
        if (c.topics.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(INSERT_TOPICS).execute(Tuple.of(c.id, c.topics.toArray(String[]::new)))
                .replaceWithVoid();
    }

    private static Uni<Void> appearances(SqlConnection connection, Claim c) {
        if (c.appearances.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = c.appearances.size();
        String[] urls = new String[n];
        UUID[] publishers = new UUID[n];
        String[] publishedOn = new String[n];
        LocalDate[] publishedEarliest = new LocalDate[n];
        OffsetDateTime[] retrievedAt = new OffsetDateTime[n];
        String[] quotes = new String[n];
        for (int i = 0; i < n; i++) {
            Appearance a = c.appearances.get(i);
            urls[i] = a.url;
            publishers[i] = a.publisherId;
            publishedOn[i] = a.publishedOn;
            publishedEarliest[i] = a.publishedEarliest;
            retrievedAt[i] = utc(a.retrievedAt);
            quotes[i] = a.quote;
        }
        Tuple row = Tuple.tuple().addUUID(c.id).addArrayOfString(urls).addArrayOfUUID(publishers)
                .addArrayOfString(publishedOn).addArrayOfLocalDate(publishedEarliest)
                .addArrayOfOffsetDateTime(retrievedAt).addArrayOfString(quotes);
        return connection.preparedQuery(INSERT_APPEARANCES).execute(row).replaceWithVoid();
    }

    private static Uni<Void> transition(SqlConnection connection, Transition t) {
        Tuple row = Tuple.tuple().addUUID(t.id).addUUID(t.claimId).addString(t.from == null ? null : t.from.name())
                .addString(t.to.name()).addInteger(t.credibility).addString(t.reason).addString(t.evidenceUrl)
                .addUUID(t.evidenceClaimId).addString(t.effectiveOn).addLocalDate(t.effectiveEarliest)
                .addLocalDate(t.effectiveLatest).addOffsetDateTime(utc(t.recordedAt)).addString(t.actor);
        return connection.preparedQuery(INSERT_TRANSITION).execute(row).replaceWithVoid();
    }

    private static Uni<Void> audit(SqlConnection connection, AuditEntry e) {
        Tuple row = Tuple.tuple().addOffsetDateTime(utc(e.at)).addString(e.actor).addString(e.action)
                .addUUID(e.subjectId).addString(e.entityType).addUUID(e.entityId).addString(e.before)
                .addString(e.after);
        return connection.preparedQuery(INSERT_AUDIT).execute(row).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
