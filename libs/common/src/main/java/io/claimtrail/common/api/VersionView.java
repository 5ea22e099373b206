package io.claimtrail.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One version of a resource: the representation this API showed from {@code recordedFrom} until {@code recordedTo}
 * (absent while current), written by {@code actor}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView<T>(
        @Schema(description = "The resource's version number, as in its ETag") long version,
        @Schema(description = "When this version was recorded") Instant recordedFrom,
        @Schema(description = "When the next version replaced it; absent for the current one") Instant recordedTo,
        @Schema(description = "Who wrote it: the token's subject") String actor,
        T representation) {
}
