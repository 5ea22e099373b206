package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * The sources found, archived ones included, the ids that name no source, and (when asked) the sources related to
 * them through affiliations, each with its own affiliations and dates.
 */
@Schema(name = "LookupResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupResponse(List<SourceView> items, List<UUID> missing, List<SourceView> related) {
}
