package io.claimtrail.sources.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimtrail.common.date.PartialDate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Up to 1000 source ids to fetch in one call. */
@Schema(name = "LookupRequest")
public record LookupRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> ids,
        @Schema(description = "EDTF day: each source's reliability rating in force then") PartialDate asOf,
        @Schema(description = "Each source as recorded at this moment; ids not yet recorded then are missing",
                maxLength = 64) Instant knownAt,
        @Schema(description = "Also every source these ids are affiliated with, transitively (parents, their "
                + "parents...), under `related`, whatever the dates: the caller decides which links were in force "
                + "when") Boolean ancestors,
        @Schema(description = "Also every source affiliated with these ids, transitively (members, their "
                + "members...), under `related`, with their affiliations and dates") Boolean members) {
}
