package io.claimtrail.timelines.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a client sends to create a timeline or replace one. */
@Schema(name = "TimelineInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineDraft(
        @Schema(description = "Unique [a-z0-9-]{2,64}; derived from the title when absent") @Size(max = 64) String slug,
        @NotBlank @Size(max = 300) @PlainText String title,
        @Size(max = 5000) @PlainText(multiline = true) String summary,
        @Schema(description = "Claims with any of these topics belong to the story") @Size(max = 50) List<@NotNull @Size(max = 64) String> topics,
        @Schema(description = "Claims that belong whatever their topics") @Size(max = 10000) List<@NotNull UUID> pinnedClaimIds,
        @Size(max = 100) List<@NotNull @Valid EraDraft> eras) {

    /** A named phase with both ends dated. */
    @Schema(name = "EraInput")
    public record EraDraft(@NotBlank @Size(max = 300) @PlainText String name, @NotNull PartialDate start, @NotNull PartialDate end) {
    }

    public List<String> topicsOrEmpty() {
        return topics == null ? List.of() : topics;
    }

    public List<UUID> pinnedOrEmpty() {
        return pinnedClaimIds == null ? List.of() : pinnedClaimIds;
    }

    public List<EraDraft> erasOrEmpty() {
        return eras == null ? List.of() : eras;
    }
}
