package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.sources.domain.SourceKind;
import io.claimtrail.sources.domain.SpeakerResolver;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** For each speaker asked about, in the order asked: the best candidates, or a new source to create. */
@Schema(name = "SpeakerMatchResponse")
public record MatchResponse(List<Item> items) {

    @Schema(name = "SpeakerMatch")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index,
            @Schema(description = "The name without its title") String person,
            @Schema(description = "The title, when the mention has one") String role,
            @Schema(description = "The institution the title names") String institution,
            @Schema(description = "Best first") List<Candidate> candidates,
            @Schema(description = "When no candidate fits well: the source to create") Proposal proposed) {
    }

    @Schema(name = "SpeakerCandidate")
    public record Candidate(UUID id, String slug, String name, SourceKind kind,
            @Schema(description = "Fit in [0, 1]") double score,
            @Schema(description = "NAME, ALIAS, PART_OF_NAME or SIMILAR_NAME") String matchedBy,
            @Schema(description = "The title's institution against the source's affiliations as of statedOn: "
                    + "AFFILIATED, AFFILIATED_AT_ANOTHER_TIME, NOT_AFFILIATED or UNCHECKED") String affiliation) {
    }

    @Schema(name = "ProposedSource")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proposal(String name, SourceKind kind, String role, String institution, UUID institutionId) {
    }

    static MatchResponse of(List<SpeakerResolver.Resolution> resolutions) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < resolutions.size(); i++) {
            SpeakerResolver.Resolution r = resolutions.get(i);
            SpeakerResolver.Proposal p = r.proposed();
            items.add(new Item(i, r.parsed().person(), r.parsed().role(), r.parsed().institution(),
                    r.candidates().stream().map(f -> new Candidate(f.source().id, f.source().slug, f.source().name,
                            f.source().kind, f.score().score(), f.score().matchedBy(), f.score().affiliation()))
                            .toList(),
                    p == null ? null : new Proposal(p.name(), p.kind(), p.role(), p.institution(), p.institutionId())));
        }
        return new MatchResponse(items);
    }
}
