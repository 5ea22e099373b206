package io.claimtrail.claims.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A requested relation from this claim to {@code targetId}. */
@Schema(name = "RelationInput")
public record RelationDraft(@NotNull RelationType type, @NotNull UUID targetId, @Size(max = 2000) String note) {
}
