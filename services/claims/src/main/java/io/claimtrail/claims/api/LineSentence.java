package io.claimtrail.claims.api;

import io.claimtrail.claims.domain.EvidenceRules;
import io.claimtrail.claims.domain.EvidenceRules.Bearing;
import io.claimtrail.common.date.PartialDate;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One line of an assessment in a sentence: who said what, when and how related, and what that line means. */
final class LineSentence {

    private LineSentence() {
    }

    static String of(int number, EvidenceRules.Line line, Map<UUID, EvidenceRules.SourceFacts> sources) {
        int size = line.claims().size();
        StringBuilder out = new StringBuilder(160 * size + 120).append("Line ").append(number).append(" (")
                .append(size).append(size == 1 ? " claim): " : " claims): ");
        String separator = "";
        for (EvidenceRules.Related r : line.claims()) {
            AssessmentView.SourceRef source = ref(r.claim().claim().sourceId, sources);
            PartialDate stated = r.claim().claim().stated();
            out.append(separator).append(source.name());
            speakingFor(out, sources.get(r.claim().claim().sourceId), stated, sources);
            out.append(" (").append(source.reliability()).append(", ").append(stated).append(", ")
                    .append(r.relation()).append("): \"").append(r.claim().claim().text).append('"');
            separator = "; ";
        }
        return out.append(" - ").append(meaning(line)).append('.').toString();
    }

    private static String meaning(EvidenceRules.Line line) {
        return switch (line.bearing()) {
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
    }

    /** ", for X, Y" naming the institutions the source was affiliated with on the claim's statedOn, each once. */
    private static void speakingFor(StringBuilder out, EvidenceRules.SourceFacts facts, PartialDate stated,
            Map<UUID, EvidenceRules.SourceFacts> sources) {
        if (facts == null || facts.affiliations().isEmpty()) {
            return;
        }
        Set<String> parents = new LinkedHashSet<>();
        for (EvidenceRules.Link link : facts.affiliations()) {
            if (EvidenceRules.inForce(link, stated)) {
                parents.add(ref(link.parentId(), sources).name());
            }
        }
        if (!parents.isEmpty()) {
            out.append(", for ").append(String.join(", ", parents));
        }
    }

    /** The source by id with its name and reliability; its id as its name when the sources service did not know it. */
    static AssessmentView.SourceRef ref(UUID id, Map<UUID, EvidenceRules.SourceFacts> sources) {
        EvidenceRules.SourceFacts facts = sources.get(id);
        return facts == null ? new AssessmentView.SourceRef(id.toString(), null)
                : new AssessmentView.SourceRef(facts.name(), facts.reliability());
    }
}
