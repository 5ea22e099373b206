package io.claimtrail.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What claims needs of a source; other fields of the sources API are ignored so it may grow freely. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSummary(UUID id, String slug, String name, String kind, String reliability, String homepage,
        boolean archived) {
}
