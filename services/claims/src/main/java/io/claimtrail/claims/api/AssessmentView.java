package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.claims.domain.AssessmentService;
import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimSnapshot;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.Credibility;
import io.claimtrail.claims.domain.EvidenceRules;
import io.claimtrail.claims.domain.EvidenceRules.Bearing;
import io.claimtrail.claims.domain.RelationType;
import io.claimtrail.common.date.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the evidence on a claim added up to as of a day, line by line, with the suggestion and its rules. */
@Schema(name = "Assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(UUID claimId, String text, SourceRef source, ClaimStatus status, int credibility,
        LocalDate asOf, Instant knownAt,
        @Schema(description = "Independent lines supporting the claim") List<LineView> linesFor,
        @Schema(description = "Independent lines contradicting the claim") List<LineView> linesAgainst,
        @Schema(description = "Statements that there is no evidence: an absence of evidence, never a contradiction") List<LineView> noEvidence,
        @Schema(description = "Retractions by the claim's own source") List<LineView> retractions,
        @Schema(description = "Evidence that does not count: not independent of the claim, echoes of it, claims "
                + "themselves refuted or retracted, and relations that bear on other claims") List<LineView> notCounted,
        SuggestionView suggested,
        @Schema(description = "True when the suggestion differs from where the claim stands") boolean changes,
        @Schema(description = "The assessment in sentences, line by line") List<String> explanation) {

    /** A source with its reliability on the day. */
    public record SourceRef(UUID id, String name, String reliability) {
    }

    /** One claim of a line, with how it is related to the assessed claim. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineClaim(UUID id, String text, ClaimKind kind, PartialDate statedOn, ClaimStatus status,
            int credibility, RelationType relation, RelationView.Direction direction, SourceRef source) {
    }

    /** One line of evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineView(int number, Bearing bearing, boolean independent, String bestReliability, boolean reliable,
            List<SourceRef> sources, List<LineClaim> claims, String explanation) {
    }

    /** The suggested status and Admiralty credibility, each with its rule. */
    public record SuggestionView(ClaimStatus status, String statusRule, String statusWhy, int credibility,
            String credibilityMeaning, Integer stixConfidence, String credibilityRule, String credibilityWhy,
            @Schema(description = "The Admiralty pair: the source's reliability and the suggested credibility, e.g. F4") String admiralty) {
    }

    public static AssessmentView of(AssessmentService.Assessment found) {
        ClaimSnapshot claim = found.claim();
        Map<UUID, EvidenceRules.SourceFacts> sources = found.sources();
        EvidenceRules.Outcome outcome = found.outcome();
        List<LineView> linesFor = new ArrayList<>();
        List<LineView> against = new ArrayList<>();
        List<LineView> noEvidence = new ArrayList<>();
        List<LineView> retractions = new ArrayList<>();
        List<LineView> notCounted = new ArrayList<>();
        int number = 0;
        for (EvidenceRules.Line line : outcome.lines()) {
            LineView view = line(++number, line, sources);
            boolean counted = line.independent() || line.bearing() == Bearing.NO_EVIDENCE
                    || line.bearing() == Bearing.RETRACTION;
            List<LineView> into = !counted ? notCounted : switch (line.bearing()) {
                case FOR -> linesFor;
                case AGAINST -> against;
                case NO_EVIDENCE -> noEvidence;
                default -> retractions;
            };
            into.add(view);
        }
        EvidenceRules.Suggestion s = outcome.suggestion();
        SourceRef source = ref(claim.claim().sourceId, sources);
        SuggestionView suggested = new SuggestionView(s.status(), s.statusRule().name(), s.statusWhy(), s.credibility(),
                Credibility.meaning(s.credibility()),
                Credibility.stixConfidence(s.credibility()).isPresent() ? Credibility.stixConfidence(s.credibility()).getAsInt() : null,
                s.credibilityRule().name(), s.credibilityWhy(),
                (source.reliability() == null ? "F" : source.reliability()) + s.credibility());
        boolean changes = s.status() != claim.status() || s.credibility() != claim.credibility();
        List<String> explanation = new ArrayList<>();
        explanation.add("As of " + (claim.asOf() == null ? "today" : claim.asOf()) + ", " + source.name() + " ("
                + source.reliability() + ") said: \"" + claim.claim().text + "\"; it stands " + claim.status()
                + " with credibility " + claim.credibility() + " (" + Credibility.meaning(claim.credibility()) + ").");
        explanation.add(linesFor.isEmpty() ? "No independent line supports it." : linesFor.size()
                + " independent line" + (linesFor.size() == 1 ? " supports" : "s support") + " it.");
        linesFor.forEach(l -> explanation.add(l.explanation()));
        explanation.add(against.isEmpty() ? "No independent line contradicts it." : against.size()
                + " independent line" + (against.size() == 1 ? " contradicts" : "s contradict") + " it.");
        against.forEach(l -> explanation.add(l.explanation()));
        noEvidence.forEach(l -> explanation.add(l.explanation()));
        retractions.forEach(l -> explanation.add(l.explanation()));
        notCounted.forEach(l -> explanation.add(l.explanation()));
        explanation.add("Suggested status " + s.status() + " (" + s.statusRule().name() + "): " + s.statusWhy() + ".");
        explanation.add("Suggested credibility " + s.credibility() + " (" + s.credibilityRule().name() + "): "
                + s.credibilityWhy() + ".");
        return new AssessmentView(claim.claim().id, claim.claim().text, source, claim.status(), claim.credibility(),
                claim.asOf(), claim.knownAt(), linesFor, against, noEvidence, retractions, notCounted, suggested,
                changes, explanation);
    }

    private static LineView line(int number, EvidenceRules.Line line, Map<UUID, EvidenceRules.SourceFacts> sources) {
        List<LineClaim> claims = line.claims().stream().map(r -> new LineClaim(r.claim().claim().id,
                r.claim().claim().text, r.claim().claim().kind, r.claim().claim().stated(), r.claim().status(),
                r.claim().credibility(), r.relation(), r.outgoing() ? RelationView.Direction.OUTGOING
                        : RelationView.Direction.INCOMING, ref(r.claim().claim().sourceId, sources))).toList();
        List<SourceRef> refs = line.sourceIds().stream().map(id -> ref(id, sources)).toList();
        String who = claims.stream().map(c -> c.source().name() + speakingFor(c, sources) + " (" + c.source().reliability() + ", " + c.statedOn()
                + ", " + c.relation() + "): \"" + c.text() + "\"").collect(Collectors.joining("; "));
        String what = switch (line.bearing()) {
            case FOR -> line.independent() ? "supports the claim, independently of it" : "supports it, but is not "
                    + "independent of the claim (same source, an institution it speaks for, or a citation chain)";
            case AGAINST -> line.independent() ? "contradicts the claim, independently of it" + (line.reliable()
                    ? ", from a source rated A-C" : ", but only from sources rated D-F") : "contradicts it, but is not "
                    + "independent of the claim";
            case NO_EVIDENCE -> "says there is no evidence: an absence of evidence, which neither supports nor "
                    + "contradicts the claim; it may justify DISPUTED, never REFUTED";
            case RETRACTION -> "retracts it: the claim's own source withdrew it, which is not a refutation";
            case ECHO -> "repeats or is repeated by the claim: the same line as the claim itself, not evidence";
            case SET_ASIDE -> "is itself refuted or retracted as of the day, so it is set aside";
            case OTHER -> "bears on another claim, not on the truth of this one";
        };
        return new LineView(number, line.bearing(), line.independent(), line.bestReliability(), line.reliable(), refs,
                claims, "Line " + number + " (" + claims.size() + " claim" + (claims.size() == 1 ? "" : "s") + "): "
                        + who + " - " + what + ".");
    }

    /** ", for X" naming the institutions the source was affiliated with on the claim's statedOn. */
    private static String speakingFor(LineClaim claim, Map<UUID, EvidenceRules.SourceFacts> sources) {
        EvidenceRules.SourceFacts facts = sources.get(claim.source().id());
        if (facts == null) {
            return "";
        }
        String parents = facts.affiliations().stream().filter(a -> EvidenceRules.inForce(a, claim.statedOn()))
                .map(a -> ref(a.parentId(), sources).name()).distinct().collect(Collectors.joining(", "));
        return parents.isEmpty() ? "" : ", for " + parents;
    }

    private static SourceRef ref(UUID id, Map<UUID, EvidenceRules.SourceFacts> sources) {
        EvidenceRules.SourceFacts facts = sources.get(id);
        return facts == null ? new SourceRef(id, id.toString(), null)
                : new SourceRef(id, facts.name(), facts.reliability());
    }
}
