package io.claimtrail.common.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as {@code GET /{resource}/{id}/audit} returns it. */
public record AuditView(long sequence, Instant at, String actor, String action, String entityType, UUID entityId,
        JsonNode before, JsonNode after) {
}
