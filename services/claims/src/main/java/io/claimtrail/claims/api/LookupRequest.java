package io.claimtrail.claims.api;

import io.claimtrail.common.date.PartialDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Up to 1000 claim ids, optionally as of a day (EDTF day) and/or as known at a moment. */
@Schema(name = "ClaimLookupRequest")
public record LookupRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> ids, PartialDate asOf, Instant knownAt) {
}
