package io.claimtrail.sources.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Up to 1000 source ids to fetch in one call. */
@Schema(name = "LookupRequest")
public record LookupRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> ids) {
}
