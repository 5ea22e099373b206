package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.timelines.client.SpeakerMatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which review edits are valid, how they apply, and what keeps accepted candidates from being imported. */
class DraftRulesTest {

    private static DraftReview.Item edit(String text, String statedOn, String kind, UUID sourceId, Boolean create,
            UUID attach, Boolean newClaim) {
        return new DraftReview.Item(0, null, text, null, statedOn, kind, null, null, sourceId, create, attach, newClaim);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // what                     | text | statedOn      | kind       | source | create | attach | newClaim | field
            "nothing changed            | -    | -             | -          | -      | -      | -      | -        | -",
            "a valid edit               | T    | ../2024-07-02 | FORECAST   | -      | -      | -      | -        | -",
            "blank text                 | ' '  | -             | -          | -      | -      | -      | -        | at.text",
            "statedOn not EDTF          | -    | July 2024     | -          | -      | -      | -      | -        | at.statedOn",
            "unknown kind               | -    | -             | RUMOUR     | -      | -      | -      | -        | at.kind",
            "a source and create        | -    | -             | -          | S      | true   | -      | -        | at.createSource",
            "attach and a new claim     | -    | -             | -          | -      | -      | C      | true     | at.newClaim",
    })
    void edits(String what, String text, String statedOn, String kind, String source, Boolean create, String attach,
            Boolean newClaim, String field) {
        List<FieldProblem> errors = new ArrayList<>();
        DraftRules.checkEdit(edit(text, statedOn, kind, source == null ? null : UUID.randomUUID(), create,
                attach == null ? null : UUID.randomUUID(), newClaim), "at", errors);
        assertEquals(field == null ? List.of() : List.of(field), errors.stream().map(FieldProblem::field).toList());
    }

    @Test
    void anEditReplacesOnlyWhatItGives() {
        DraftCandidate c = new DraftCandidate();
        c.text = "as extracted";
        c.statedOn = "2024-07-01";
        c.kind = "ASSERTION";
        UUID attach = UUID.randomUUID();
        DraftRules.apply(new DraftReview.Item(0, DraftCandidate.Decision.ACCEPTED, null, null, null, "DENIAL", null,
                List.of("north-korea"), null, true, attach, null), c, new ObjectMapper());
        assertEquals(DraftCandidate.Decision.ACCEPTED, c.decision);
        assertEquals("as extracted", c.text);
        assertEquals("DENIAL", c.kind);
        assertEquals("[\"north-korea\"]", c.topics);
        assertEquals(true, c.createSource);
        assertEquals(attach, c.attachToClaimId);
        DraftRules.apply(new DraftReview.Item(0, null, null, null, null, null, null, null, UUID.randomUUID(), null,
                null, true), c, new ObjectMapper());
        assertEquals(false, c.createSource);
        assertEquals(null, c.attachToClaimId);
    }

    @Test
    void whatKeepsADraftFromBeingImported() {
        Draft draft = new Draft();
        draft.publishedOn = LocalDate.of(2024, 7, 2);
        List<ExtractedCandidate> extracted = new ArrayList<>();
        // 0: accepted, no source and nothing proposed; 1: accepted appearance without the article's url;
        // 2: accepted, create what was proposed; 3: rejected, no source
        String[][] specs = {{"ACCEPTED", null, null}, {"ACCEPTED", null, "attach"}, {"ACCEPTED", "create", null},
                {"REJECTED", null, null}};
        for (String[] spec : specs) {
            DraftCandidate c = new DraftCandidate();
            c.decision = DraftCandidate.Decision.valueOf(spec[0]);
            c.createSource = spec[1] != null;
            c.attachToClaimId = spec[2] == null ? null : UUID.randomUUID();
            draft.candidates.add(c);
            SpeakerMatches.Proposal proposal = spec[1] == null ? null : new SpeakerMatches.Proposal("John Kirby",
                    "PERSON", null, null, null);
            extracted.add(new ExtractedCandidate(extracted.size(), null, null, null, null, null, "t", "2024", null, null,
                    null, 0.5, new ExtractedCandidate.Resolution("PROPOSED", null, null, null, null, List.of(), proposal),
                    null));
        }
        assertEquals(List.of("candidates[0].sourceId", "candidates[1].attachToClaimId"),
                DraftRules.importProblems(draft, extracted).stream().map(FieldProblem::field).toList());
        draft.url = "https://example.org/a";
        draft.candidates.get(0).decision = DraftCandidate.Decision.REJECTED;
        assertEquals(List.of(), DraftRules.importProblems(draft, extracted));
        draft.candidates.forEach(c -> c.decision = DraftCandidate.Decision.PENDING);
        assertEquals(List.of("candidates"), DraftRules.importProblems(draft, extracted).stream()
                .map(FieldProblem::field).toList());
    }
}
