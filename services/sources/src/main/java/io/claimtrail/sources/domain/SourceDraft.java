package io.claimtrail.sources.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.FieldRules;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a client sends to create or replace a source. */
@Schema(name = "SourceInput", description = "A source to create, or the full new state of one to replace")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceDraft(
        @Schema(description = "Unique [a-z0-9-]{2,64}; derived from the name when absent", examples = "us-dod")
        @Size(max = 64) @PlainText String slug,
        @NotBlank @Size(max = 300) @PlainText String name,
        @NotNull SourceKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 300) @PlainText String> aliases,
        @Schema(description = "ISO 3166-1 alpha-2 code", examples = "US", minLength = 2, maxLength = 2)
        @PlainText String country,
        @Schema(description = "Absolute http(s) URL") @Size(max = 2000) @PlainText String homepage,
        @Size(max = 5000) @PlainText(multiline = true) String description,
        @Schema(description = "NATO Admiralty source reliability: F (cannot be judged) when absent on creation, unchanged when absent on "
                + "replacement. Setting or changing it needs the editor role") Reliability reliability,
        Boolean stateAffiliated,
        @Size(max = 100) List<@NotNull @Valid AffiliationDraft> affiliations) implements FieldRules {

    /**
     * A link to a parent source, with the role held and the EDTF dates it began and ended (at most 64 characters each,
     * as PartialDate reads them and the columns keep them).
     */
    @Schema(name = "AffiliationInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AffiliationDraft(@NotNull UUID parentId, @Size(max = 300) @PlainText String role,
            PartialDate from,
            PartialDate to) {
    }

    /** The checks of {@link SourceRules} that need no database, named with the rest in one 400. */
    @Override
    public void check(List<FieldProblem> errors) {
        SourceRules.check(this, errors);
    }

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }

    public List<AffiliationDraft> affiliationsOrEmpty() {
        return affiliations == null ? List.of() : affiliations;
    }
}
