package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What timelines needs of a source; other fields of the sources API are ignored so it may grow freely. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSummary(UUID id, String slug, String name, String kind, String reliability, boolean archived) {
}
