package io.claimtrail.claims.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assessment rules, one table row each, and the line-grouping scenarios of issue #14. */
class EvidenceRulesTest {

    private final Map<String, UUID> sourceIds = new HashMap<>();
    private final Map<UUID, EvidenceRules.SourceFacts> sources = new HashMap<>();
    private final List<Relation> echoes = new ArrayList<>();

    private UUID source(String name, String reliability, EvidenceRules.Link... links) {
        UUID id = sourceIds.computeIfAbsent(name, n -> UUID.randomUUID());
        sources.put(id, new EvidenceRules.SourceFacts(id, name, reliability, List.of(links)));
        return id;
    }

    private static EvidenceRules.Link link(UUID parent, String from, String to) {
        return new EvidenceRules.Link(parent, PartialDate.parseNullable(from), PartialDate.parseNullable(to));
    }

    private static ClaimSnapshot claim(UUID source, String statedOn, ClaimKind kind, ClaimStatus status, int credibility) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.text = "claim " + claim.id;
        claim.sourceId = source;
        claim.kind = kind;
        claim.setStatedOn(PartialDate.parse(statedOn));
        return new ClaimSnapshot(claim, status, credibility, AsOf.day(LocalDate.parse("2024-12-31")));
    }

    private static EvidenceRules.Related incoming(ClaimSnapshot claim, RelationType type) {
        return new EvidenceRules.Related(claim, type, false);
    }

    private void cites(ClaimSnapshot from, ClaimSnapshot to) {
        Relation r = new Relation();
        r.id = UUID.randomUUID();
        r.fromClaimId = from.claim().id;
        r.toClaimId = to.claim().id;
        r.type = RelationType.CITES;
        echoes.add(r);
    }

    /**
     * One row per rule: the claim's standing, then the independent evidence as "for,against" counts of lines from
     * independent outlets with the given reliability letters, no-evidence statements' letters, a retraction, and the
     * suggestion with its rules.
     */
    @ParameterizedTest(name = "{0}/{1}: for [{2}] against [{3}] no-evidence [{4}] retracted {5} -> {6}/{7} by {8}, {9}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // status     | cred | for   | against | no-ev | retr  | status       | cred | status rule                        | credibility rule
            "UNVERIFIED   | 6    | B,C   | -       | -     | false | CORROBORATED | 1    | CORROBORATED                       | TWO_INDEPENDENT_LINES_FOR",
            "UNVERIFIED   | 6    | F     | -       | -     | false | CORROBORATED | 2    | CORROBORATED                       | ONE_LINE_FOR",
            "UNVERIFIED   | 6    | B     | C       | -     | false | DISPUTED     | 3    | LINES_BOTH_WAYS                    | LINES_BOTH_WAYS",
            "CORROBORATED | 2    | -     | A       | -     | false | DISPUTED     | 5    | CONTRADICTED_BY_RELIABLE           | CONTRADICTED_BY_RELIABLE",
            "UNVERIFIED   | 3    | -     | E       | -     | false | UNVERIFIED   | 4    | CONTRADICTED_BY_WEAK               | CONTRADICTED_BY_WEAK",
            "UNVERIFIED   | 6    | -     | -       | B     | false | DISPUTED     | 6    | ABSENCE_OF_EVIDENCE_FROM_RELIABLE  | NO_LINES",
            "DISPUTED     | 4    | -     | -       | F     | false | DISPUTED     | 4    | ABSENCE_OF_EVIDENCE                | NO_LINES",
            "UNVERIFIED   | 6    | -     | -       | F     | false | UNVERIFIED   | 6    | ABSENCE_OF_EVIDENCE                | NO_LINES",
            "REFUTED      | 5    | -     | -       | A     | false | REFUTED      | 5    | ABSENCE_OF_EVIDENCE                | VERDICT",
            "UNVERIFIED   | 3    | -     | -       | -     | false | UNVERIFIED   | 3    | NO_LINES                           | NO_LINES",
            "UNVERIFIED   | 2    | B,C   | -       | -     | true  | RETRACTED    | 2    | RETRACTED_BY_SPEAKER               | VERDICT",
            "RETRACTED    | 6    | B     | -       | -     | false | RETRACTED    | 6    | FINAL                              | VERDICT",
            "CONFIRMED    | 1    | B,C   | -       | -     | false | CONFIRMED    | 1    | NOT_A_LEGAL_MOVE                   | VERDICT",
            "CONFIRMED    | 1    | -     | B       | -     | false | DISPUTED     | 5    | CONTRADICTED_BY_RELIABLE           | CONTRADICTED_BY_RELIABLE",
            "REFUTED      | 5    | B     | -       | -     | false | REFUTED      | 5    | NOT_A_LEGAL_MOVE                   | VERDICT",
    })
    void rules(ClaimStatus status, int credibility, String forLetters, String againstLetters, String noEvidenceLetters,
            boolean retracted, ClaimStatus expectedStatus, int expectedCredibility, EvidenceRules.Rule statusRule,
            EvidenceRules.Rule credibilityRule) {
        UUID speaker = source("speaker", "C");
        ClaimSnapshot target = claim(speaker, "2024-06-27", ClaimKind.ASSERTION, status, credibility);
        List<EvidenceRules.Related> related = new ArrayList<>();
        int outlet = 0;
        for (String letter : letters(forLetters)) {
            UUID id = source("for " + outlet++, letter);
            related.add(incoming(claim(id, "2024-07-01", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6), RelationType.SUPPORTS));
        }
        for (String letter : letters(againstLetters)) {
            UUID id = source("against " + outlet++, letter);
            related.add(incoming(claim(id, "2024-07-01", ClaimKind.DENIAL, ClaimStatus.UNVERIFIED, 6), RelationType.CONTRADICTS));
        }
        for (String letter : letters(noEvidenceLetters)) {
            UUID id = source("no evidence " + outlet++, letter);
            related.add(incoming(claim(id, "2024-07-01", ClaimKind.NO_EVIDENCE, ClaimStatus.UNVERIFIED, 6), RelationType.NO_EVIDENCE_FOR));
        }
        if (retracted) {
            related.add(incoming(claim(speaker, "2024-07-05", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6), RelationType.RETRACTS));
        }
        EvidenceRules.Suggestion s = EvidenceRules.assess(target, related, echoes, sources).suggestion();
        assertEquals(expectedStatus, s.status(), s.statusWhy());
        assertEquals(statusRule, s.statusRule());
        assertEquals(expectedCredibility, s.credibility(), s.credibilityWhy());
        assertEquals(credibilityRule, s.credibilityRule());
    }

    private static List<String> letters(String spec) {
        return spec == null ? List.of() : List.of(spec.split(","));
    }

    @Test
    void threeOutletsCitingOneAgencyAreOneLine() {
        UUID agency = source("agency", "B");
        ClaimSnapshot wire = claim(agency, "2024-07-01", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot target = claim(source("speaker", "C"), "2024-06-27", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        List<EvidenceRules.Related> related = new ArrayList<>();
        for (String outlet : List.of("outlet a", "outlet b", "outlet c")) {
            ClaimSnapshot repeat = claim(source(outlet, "C"), "2024-07-02", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
            cites(repeat, wire);
            related.add(incoming(repeat, RelationType.SUPPORTS));
        }
        List<EvidenceRules.Related> chained = List.of(new EvidenceRules.Related(wire, RelationType.CITES, false));
        EvidenceRules.Outcome outcome = EvidenceRules.assess(target, related, chained, echoes, sources);
        assertEquals(1, outcome.independent(EvidenceRules.Bearing.FOR));
        assertEquals(4, outcome.of(EvidenceRules.Bearing.FOR).get(0).claims().size(), "the three and the wire story");
        assertEquals("B", outcome.of(EvidenceRules.Bearing.FOR).get(0).bestReliability(), "the agency's rating");
        assertEquals(2, outcome.suggestion().credibility(), "one line is not confirmation by other sources");

        // A fourth outlet with its own reporting is a second, independent line: now confirmed by other sources.
        related.add(incoming(claim(source("outlet d", "B"), "2024-07-03", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6),
                RelationType.SUPPORTS));
        outcome = EvidenceRules.assess(target, related, echoes, sources);
        assertEquals(2, outcome.independent(EvidenceRules.Bearing.FOR));
        assertEquals(1, outcome.suggestion().credibility());
    }

    @Test
    void aChainOfCitationsBackToTheClaimItselfIsNoSupport() {
        ClaimSnapshot target = claim(source("speaker", "C"), "2024-06-27", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot first = claim(source("outlet a", "B"), "2024-06-28", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot second = claim(source("outlet b", "A"), "2024-06-29", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        cites(first, target);
        cites(second, first);
        EvidenceRules.Outcome outcome = EvidenceRules.assess(target,
                List.of(incoming(second, RelationType.SUPPORTS)), echoes, sources);
        assertEquals(0, outcome.independent(EvidenceRules.Bearing.FOR));
        assertFalse(outcome.of(EvidenceRules.Bearing.FOR).get(0).independent());
        assertEquals(EvidenceRules.Rule.NO_LINES, outcome.suggestion().statusRule());
    }

    @Test
    void anInstitutionAndItsSpokespeopleAreOneLineOnlyWhileTheySpeakForIt() {
        UUID ministry = source("ministry", "B");
        UUID spokeswoman = source("spokeswoman", "F", link(ministry, "2023", "2024-06"));
        UUID deputy = source("deputy", "F", link(ministry, "../2024-07-01", null));
        ClaimSnapshot target = claim(source("outlet", "C"), "2024-06-20", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot byMinistry = claim(ministry, "2024-06-25", ClaimKind.DENIAL, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot byDeputy = claim(deputy, "2024-06-26", ClaimKind.DENIAL, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot bySpokeswomanThen = claim(spokeswoman, "2024-06-10", ClaimKind.DENIAL, ClaimStatus.UNVERIFIED, 6);
        EvidenceRules.Outcome outcome = EvidenceRules.assess(target, List.of(
                incoming(byMinistry, RelationType.CONTRADICTS), incoming(byDeputy, RelationType.CONTRADICTS),
                incoming(bySpokeswomanThen, RelationType.CONTRADICTS)), echoes, sources);
        assertEquals(1, outcome.independent(EvidenceRules.Bearing.AGAINST), "the ministry speaking three times");
        assertTrue(outcome.of(EvidenceRules.Bearing.AGAINST).get(0).reliable(), "the ministry is rated B");
        assertEquals(ClaimStatus.DISPUTED, outcome.suggestion().status());

        // After she left (her affiliation ended in June 2024), she speaks for herself: a second line.
        ClaimSnapshot bySpokeswomanLater = claim(spokeswoman, "2024-09-01", ClaimKind.DENIAL, ClaimStatus.UNVERIFIED, 6);
        outcome = EvidenceRules.assess(target, List.of(incoming(byMinistry, RelationType.CONTRADICTS),
                incoming(bySpokeswomanLater, RelationType.CONTRADICTS)), echoes, sources);
        assertEquals(2, outcome.independent(EvidenceRules.Bearing.AGAINST));
    }

    @Test
    void absenceOfEvidenceIsNeverAContradictionWhateverTheRelationSays() {
        ClaimSnapshot target = claim(source("outlet", "C"), "2024-06-27", ClaimKind.FORECAST, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot nothing = claim(source("pentagon", "A"), "2024-07-01", ClaimKind.NO_EVIDENCE, ClaimStatus.UNVERIFIED, 6);
        EvidenceRules.Outcome outcome = EvidenceRules.assess(target, List.of(incoming(nothing, RelationType.CONTRADICTS)),
                echoes, sources);
        assertEquals(0, outcome.independent(EvidenceRules.Bearing.AGAINST));
        assertEquals(1, outcome.of(EvidenceRules.Bearing.NO_EVIDENCE).size());
        assertEquals(ClaimStatus.DISPUTED, outcome.suggestion().status());
        assertEquals(6, outcome.suggestion().credibility(), "never 5: nothing contradicts it");
    }

    @Test
    void supportThatIsItselfRefutedIsSetAside() {
        ClaimSnapshot target = claim(source("outlet", "C"), "2024-06-27", ClaimKind.ASSERTION, ClaimStatus.UNVERIFIED, 6);
        ClaimSnapshot refuted = claim(source("tabloid", "D"), "2024-07-01", ClaimKind.ASSERTION, ClaimStatus.REFUTED, 5);
        EvidenceRules.Outcome outcome = EvidenceRules.assess(target, List.of(incoming(refuted, RelationType.SUPPORTS)),
                echoes, sources);
        assertEquals(0, outcome.independent(EvidenceRules.Bearing.FOR));
        assertEquals(1, outcome.of(EvidenceRules.Bearing.SET_ASIDE).size());
    }
}
