package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** As {@link LookupResponse}, with each source as its {@link SourceFactsView}. */
@Schema(name = "LookupFactsResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupFactsResponse(List<SourceFactsView> items, List<UUID> missing, List<SourceFactsView> related) {
}
