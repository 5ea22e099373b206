package io.claimtrail.sources.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The sources found, archived ones included, and the ids that name no source. */
@Schema(name = "LookupResponse")
public record LookupResponse(List<SourceView> items, List<UUID> missing) {
}
