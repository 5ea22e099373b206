package io.claimtrail.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.Clock;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Records writes in the service's own database. {@link #record} must run inside the transaction of the write it
 * describes (a {@code @WithTransaction} chain), so that the write and its entry are committed or lost together.
 */
@ApplicationScoped
public class AuditLog {

    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public AuditLog(Caller caller, Clock clock, ObjectMapper json) {
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * @param subjectId the resource whose audit lists the entry
     * @param before    what the API showed before the write (null for a creation), serialised as JSON
     * @param after     what it shows after
     */
    public Uni<Void> record(UUID subjectId, String entityType, UUID entityId, String action, Object before,
            Object after) {
        return entry(subjectId, entityType, entityId, action, before, after).persist().replaceWithVoid();
    }

    /**
     * The entry {@link #record} would persist, for a write made in plain SQL that inserts it in its own transaction
     * (claims' {@code ClaimWrites}); its id is left to the database.
     */
    public AuditEntry entry(UUID subjectId, String entityType, UUID entityId, String action, Object before,
            Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.now();
        entry.actor = caller.subject();
        entry.action = action;
        entry.subjectId = subjectId;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.before = write(before);
        entry.after = write(after);
        return entry;
    }

    /** The subject's entries, oldest first. */
    @WithSession
    public Uni<Page<AuditView>> history(UUID subjectId, PageRequest page) {
        var query = AuditEntry.<AuditEntry>find("subjectId", Sort.ascending("id"), subjectId)
                .page(page.page(), page.size());
        return query.list().chain(entries -> AuditEntry.count("subjectId", subjectId)
                .map(total -> new Page<>(entries.stream().map(this::view).toList(), page.page(), page.size(), total)));
    }

    private AuditView view(AuditEntry entry) {
        return new AuditView(entry.id, entry.at, entry.actor, entry.action, entry.entityType, entry.entityId,
                read(entry.before), read(entry.after));
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write an audit state as JSON", e);
        }
    }

    private JsonNode read(String state) {
        if (state == null) {
            return null;
        }
        try {
            return json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an audit entry holds invalid JSON", e);
        }
    }
}
