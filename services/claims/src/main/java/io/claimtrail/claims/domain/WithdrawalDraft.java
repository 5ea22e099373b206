package io.claimtrail.claims.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a transition is withdrawn. */
@Schema(name = "WithdrawalInput")
public record WithdrawalDraft(
        @Schema(description = "Why the transition was wrong, e.g. the evidence was misread") @NotBlank @Size(max = 2000) String reason) {
}
