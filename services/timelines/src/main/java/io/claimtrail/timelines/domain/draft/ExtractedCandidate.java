package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.extraction.Candidate;
import io.claimtrail.extraction.ClaimKind;
import io.claimtrail.extraction.Mode;
import io.claimtrail.extraction.Speaker;
import io.claimtrail.extraction.TextSpan;
import io.claimtrail.timelines.client.ClaimMatches;
import io.claimtrail.timelines.client.SpeakerMatches;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One attribution of an article (spans in Unicode code points, end exclusive), with its speaker matched to the
 * sources registry and the recorded claims like it.
 */
@Schema(name = "ExtractedCandidate")
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection(targets = {Speaker.class, TextSpan.class, Mode.class, ClaimKind.class})
public record ExtractedCandidate(int index, Mode mode, Speaker speaker, TextSpan cue, TextSpan content, String quote,
        String claimText, String statedOn, String statedOnBasis, ClaimKind claimKind, String resolvesBy,
        double score, Resolution resolution, Matches matches) {

    /**
     * Who the speaker is in the registry. RESOLVED: a candidate fits well (the first); PROPOSED: none does, a new
     * source is proposed; ANONYMOUS: "officials", never resolved; UNNAMED: the text names nobody; UNAVAILABLE: the
     * sources service could not be asked (reason).
     */
    @Schema(name = "SpeakerResolution")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resolution(String status, String reason, String person, String role, String institution,
            List<SpeakerMatches.Candidate> candidates, SpeakerMatches.Proposal proposed) {

        public static Resolution of(String status, String reason) {
            return new Resolution(status, reason, null, null, null, List.of(), null);
        }
    }

    /** Recorded claims like this one, best first; when {@code available} is false, {@code reason} says why. */
    @Schema(name = "ClaimMatchList")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Matches(boolean available, String reason, List<ClaimMatches.Match> items) {

        public static Matches unavailable(String reason) {
            return new Matches(false, reason, List.of());
        }
    }

    static ExtractedCandidate of(int index, Candidate c, Resolution resolution, Matches matches) {
        return new ExtractedCandidate(index, c.mode(), c.speaker(), c.cue(), c.content(), c.quote(), c.claimText(),
                c.statedOn(), c.statedOnBasis(), c.claimKind(), c.resolvesBy(), c.score(), resolution, matches);
    }

    /** The source the speaker resolved to, if it did. */
    public java.util.UUID resolvedSourceId() {
        return resolution != null && "RESOLVED".equals(resolution.status()) && !resolution.candidates().isEmpty()
                ? resolution.candidates().get(0).id() : null;
    }
}
