package io.claimtrail.timelines.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a client sends to create or replace an event. */
@Schema(name = "EventInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDraft(
        @NotBlank @Size(max = 300) @PlainText String title,
        @Size(max = 5000) @PlainText(multiline = true) String description,
        @Schema(description = "When it happened (EDTF, may be an interval)") @NotNull PartialDate occurred,
        @Size(max = 300) @PlainText String place,
        @Schema(description = "Who reported it") @Size(max = 100) List<@NotNull UUID> sourceIds,
        @Schema(description = "Claims that attest it") @Size(max = 100) List<@NotNull UUID> claimIds) {

    public List<UUID> sourceIdsOrEmpty() {
        return sourceIds == null ? List.of() : sourceIds;
    }

    public List<UUID> claimIdsOrEmpty() {
        return claimIds == null ? List.of() : claimIds;
    }
}
