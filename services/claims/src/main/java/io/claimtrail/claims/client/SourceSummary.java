package io.claimtrail.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** What claims needs of a source; other fields of the sources API are ignored so it may grow freely. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSummary(UUID id, String slug, String name, String kind, String reliability, String homepage,
        boolean archived, List<Link> affiliations) {

    /** An affiliation to a parent source, with its EDTF dates as written (null: open). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(UUID parentId, String role, String from, String to) {
    }

    public List<Link> affiliationsOrEmpty() {
        return affiliations == null ? List.of() : affiliations;
    }
}
