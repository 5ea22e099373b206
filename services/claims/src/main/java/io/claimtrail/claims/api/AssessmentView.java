package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the evidence on a claim added up to as of a day, line by line, with the suggestion and its rules. Each thing
 * is said once: a source in {@code sources} (the lines name it by id), a line's sentence in {@code explanation}
 * (beginning "Line n", n its {@code number}); absent members are left out.
 */
@Schema(name = "Assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(UUID claimId, String text,
        @Schema(description = "The claim's source: its name and reliability are in sources") UUID sourceId,
        ClaimStatus status, int credibility, LocalDate asOf, Instant knownAt,
        @Schema(description = "Each source the assessment names, once, keyed by its id: its name and its reliability "
                + "on the day (absent when unrated)") Map<UUID, SourceRef> sources,
        @Schema(description = "Independent lines supporting the claim") List<LineView> linesFor,
        @Schema(description = "Independent lines contradicting the claim") List<LineView> linesAgainst,
        @Schema(description = "Statements that there is no evidence: an absence of evidence, never a contradiction") List<LineView> noEvidence,
        @Schema(description = "Retractions by the claim's own source") List<LineView> retractions,
        @Schema(description = "Evidence that does not count: not independent of the claim, echoes of it, claims "
                + "themselves refuted or retracted, and relations that bear on other claims") List<LineView> notCounted,
        SuggestionView suggested,
        @Schema(description = "True when the suggestion differs from where the claim stands") boolean changes,
        @Schema(description = "The assessment in sentences: the claim, then each line (\"Line n ...\", n its number) "
                + "with its claims quoted, then the suggestion and why")
        @JsonSerialize(contentUsing = Utf8Text.class) List<String> explanation) {

    /** A source with its reliability on the day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceRef(String name, String reliability) {
    }

    /** One claim of a line, with how it is related to the assessed claim. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineClaim(UUID id, @JsonSerialize(using = Utf8Text.class) String text, ClaimKind kind,
            PartialDate statedOn, ClaimStatus status, int credibility, RelationType relation,
            RelationView.Direction direction,
            @Schema(description = "Its source: name and reliability in the assessment's sources") UUID sourceId) {
    }

    /** One line of evidence; its sentence is the explanation's "Line n". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineView(int number, Bearing bearing, boolean independent,
            @Schema(description = "The best reliability among the line's sources that day") String bestReliability,
            boolean reliable, List<LineClaim> claims) {
    }

    /** The suggested status and Admiralty credibility, each with its rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestionView(ClaimStatus status, String statusRule, String statusWhy, int credibility,
            String credibilityMeaning, Integer stixConfidence, String credibilityRule, String credibilityWhy,
            @Schema(description = "The Admiralty pair: the source's reliability and the suggested credibility, e.g. F4") String admiralty) {
    }

    public static AssessmentView of(AssessmentService.Assessment found) {
        ClaimSnapshot claim = found.claim();
        Names names = new Names(found.sources());
        EvidenceRules.Outcome outcome = found.outcome();
        UUID sourceId = claim.claim().sourceId;
        SourceRef source = names.ref(sourceId);
        List<LineView> linesFor = new ArrayList<>();
        List<LineView> against = new ArrayList<>();
        List<LineView> noEvidence = new ArrayList<>();
        List<LineView> retractions = new ArrayList<>();
        List<LineView> notCounted = new ArrayList<>();
        List<List<LineView>> lines = List.of(linesFor, against, noEvidence, retractions, notCounted);
        // the sentences of each group, in the explanation's order
        List<List<String>> told = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        int number = 0;
        for (EvidenceRules.Line line : outcome.lines()) {
            number++;
            boolean counted = line.independent() || line.bearing() == Bearing.NO_EVIDENCE
                    || line.bearing() == Bearing.RETRACTION;
            int group = !counted ? 4 : switch (line.bearing()) {
                case FOR -> 0;
                case AGAINST -> 1;
                case NO_EVIDENCE -> 2;
                default -> 3;
            };
            lines.get(group).add(line(number, line, names));
            told.get(group).add(LineSentence.of(number, line, names.facts()));
        }
        EvidenceRules.Suggestion s = outcome.suggestion();
        Integer stix = Credibility.stixConfidence(s.credibility()).isPresent()
                ? Credibility.stixConfidence(s.credibility()).getAsInt() : null;
        SuggestionView suggested = new SuggestionView(s.status(), s.statusRule().name(), s.statusWhy(), s.credibility(),
                Credibility.meaning(s.credibility()), stix, s.credibilityRule().name(), s.credibilityWhy(),
                (source.reliability() == null ? "F" : source.reliability()) + s.credibility());
        boolean changes = s.status() != claim.status() || s.credibility() != claim.credibility();
        List<String> explanation = new ArrayList<>(number + 5);
        explanation.add("As of " + (claim.asOf() == null ? "today" : claim.asOf()) + ", " + source.name() + " ("
                + source.reliability() + ") said: \"" + claim.claim().text + "\"; it stands " + claim.status()
                + " with credibility " + claim.credibility() + " (" + Credibility.meaning(claim.credibility()) + ").");
        explanation.add(linesFor.isEmpty() ? "No independent line supports it." : linesFor.size()
                + " independent line" + (linesFor.size() == 1 ? " supports" : "s support") + " it.");
        explanation.addAll(told.get(0));
        explanation.add(against.isEmpty() ? "No independent line contradicts it." : against.size()
                + " independent line" + (against.size() == 1 ? " contradicts" : "s contradict") + " it.");
        for (int group = 1; group < 5; group++) {
            explanation.addAll(told.get(group));
        }
        explanation.add("Suggested status " + s.status() + " (" + s.statusRule().name() + "): " + s.statusWhy() + ".");
        explanation.add("Suggested credibility " + s.credibility() + " (" + s.credibilityRule().name() + "): "
                + s.credibilityWhy() + ".");
        return new AssessmentView(claim.claim().id, claim.claim().text, sourceId, claim.status(), claim.credibility(),
                claim.asOf(), claim.knownAt(), names.named(), linesFor, against, noEvidence, retractions, notCounted,
                suggested, changes, explanation);
    }

    private static LineView line(int number, EvidenceRules.Line line, Names names) {
        List<LineClaim> claims = new ArrayList<>(line.claims().size());
        for (EvidenceRules.Related r : line.claims()) {
            UUID sourceId = r.claim().claim().sourceId;
            names.ref(sourceId);
            claims.add(new LineClaim(r.claim().claim().id, r.claim().claim().text, r.claim().claim().kind,
                    r.claim().claim().stated(), r.claim().status(), r.claim().credibility(), r.relation(),
                    r.outgoing() ? RelationView.Direction.OUTGOING : RelationView.Direction.INCOMING, sourceId));
        }
        return new LineView(number, line.bearing(), line.independent(), line.bestReliability(), line.reliable(), claims);
    }

    /** The sources named by id so far, each once, in the order first named. */
    private record Names(Map<UUID, EvidenceRules.SourceFacts> facts, Map<UUID, SourceRef> named) {

        Names(Map<UUID, EvidenceRules.SourceFacts> facts) {
            this(facts, new LinkedHashMap<>());
        }

        SourceRef ref(UUID id) {
            return named.computeIfAbsent(id, key -> LineSentence.ref(key, facts));
        }
    }
}
