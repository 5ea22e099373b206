package io.claimtrail.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as {@code GET /{resource}/{id}/audit} returns it. */
@Schema(name = "AuditEntry", description = "One write: when, who (the token's subject), what, and the resource before "
        + "and after it as the API showed it")
public record AuditView(long sequence, Instant at, String actor, String action, String entityType, UUID entityId,
        // The resource's own representation, whatever its type: an open object in the contract, not Jackson's tree.
        @Schema(implementation = Object.class, type = SchemaType.OBJECT, description = "The resource before the write; null for a creation")
        JsonNode before,
        @Schema(implementation = Object.class, type = SchemaType.OBJECT, description = "The resource after the write")
        JsonNode after) {
}
