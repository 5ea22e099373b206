package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.date.PartialDateException;
import io.claimtrail.common.text.Topics;
import io.claimtrail.extraction.ClaimKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of reviewing a draft: which edits are valid, how they change a candidate, and what an accepted
 * candidate needs before it can be imported (a claim needs a source; an appearance needs the article's URL).
 */
final class DraftRules {

    private DraftRules() {
    }

    static void checkEdit(DraftReview.Item item, String at, List<FieldProblem> errors) {
        if (item.text() != null && item.text().isBlank()) {
            errors.add(new FieldProblem(at + ".text", "must not be blank"));
        }
        date(at + ".statedOn", item.statedOn(), errors);
        date(at + ".resolvesBy", item.resolvesBy(), errors);
        if (item.kind() != null && Arrays.stream(ClaimKind.values()).noneMatch(k -> k.name().equals(item.kind()))) {
            errors.add(new FieldProblem(at + ".kind", "'" + item.kind() + "' is not one of "
                    + Arrays.toString(ClaimKind.values())));
        }
        if (item.topics() != null) {
            Topics.check(at + ".topics", item.topics(), errors);
        }
        if (item.sourceId() != null && Boolean.TRUE.equals(item.createSource())) {
            errors.add(new FieldProblem(at + ".createSource", "give either sourceId or createSource, not both"));
        }
        if (item.attachToClaimId() != null && Boolean.TRUE.equals(item.newClaim())) {
            errors.add(new FieldProblem(at + ".newClaim", "give either attachToClaimId or newClaim, not both"));
        }
    }

    private static void date(String field, String value, List<FieldProblem> errors) {
        if (value == null) {
            return;
        }
        try {
            PartialDate.parse(value);
        } catch (PartialDateException e) {
            errors.add(new FieldProblem(field, e.getMessage()));
        }
    }

    /** The edit applied to the candidate: fields given replace, others stay. */
    static void apply(DraftReview.Item item, DraftCandidate c, ObjectMapper json) {
        if (item.decision() != null) {
            c.decision = item.decision();
        }
        if (item.text() != null) {
            c.text = item.text().strip();
        }
        if (item.quote() != null) {
            c.quote = item.quote().isBlank() ? null : item.quote();
        }
        if (item.statedOn() != null) {
            c.statedOn = item.statedOn();
        }
        if (item.kind() != null) {
            c.kind = item.kind();
        }
        if (item.resolvesBy() != null) {
            c.resolvesBy = item.resolvesBy().isBlank() ? null : item.resolvesBy();
        }
        if (item.topics() != null) {
            c.topics = DraftView.write(json, item.topics());
        }
        if (item.sourceId() != null) {
            c.sourceId = item.sourceId();
            c.createSource = false;
        }
        if (Boolean.TRUE.equals(item.createSource())) {
            c.sourceId = null;
            c.createSource = true;
        }
        if (item.attachToClaimId() != null) {
            c.attachToClaimId = item.attachToClaimId();
        }
        if (Boolean.TRUE.equals(item.newClaim())) {
            c.attachToClaimId = null;
        }
    }

    /**
     * What keeps the accepted candidates from being imported, each naming {@code candidates[i]}: a new claim without
     * a source (none picked, and no proposal to create), a source to create that was never proposed, an appearance
     * without the article's URL.
     */
    static List<FieldProblem> importProblems(Draft draft, List<ExtractedCandidate> extracted) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean anyAccepted = false;
        for (int i = 0; i < draft.candidates.size(); i++) {
            DraftCandidate c = draft.candidates.get(i);
            if (c.decision != DraftCandidate.Decision.ACCEPTED) {
                continue;
            }
            anyAccepted = true;
            String at = "candidates[" + i + "]";
            if (c.attachToClaimId != null) {
                if (draft.url == null) {
                    problems.add(new FieldProblem(at + ".attachToClaimId", "an appearance needs the article's url, "
                            + "and this draft has none"));
                }
                continue;
            }
            if (c.sourceId == null && !c.createSource) {
                problems.add(new FieldProblem(at + ".sourceId", "a new claim needs a source: pick one (sourceId) "
                        + "or create the proposed one (createSource)"));
            }
            if (c.createSource && proposal(extracted.get(i)) == null) {
                problems.add(new FieldProblem(at + ".createSource", "no source was proposed for this speaker; "
                        + "pick one with sourceId"));
            }
        }
        if (!anyAccepted) {
            problems.add(new FieldProblem("candidates", "no candidate is ACCEPTED"));
        }
        return problems;
    }

    static io.claimtrail.timelines.client.SpeakerMatches.Proposal proposal(ExtractedCandidate extracted) {
        return extracted.resolution() == null ? null : extracted.resolution().proposed();
    }
}
