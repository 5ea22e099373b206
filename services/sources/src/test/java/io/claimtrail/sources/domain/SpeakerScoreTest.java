package io.claimtrail.sources.domain;

import io.claimtrail.common.date.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sabrina Singh, aliased "S. Singh", Deputy Pentagon Press Secretary until 1 July 2024 (open start): how well she fits
 * each mention, with and without the Pentagon named by the title, said on each day.
 */
class SpeakerScoreTest {

    private static final UUID PENTAGON = UUID.randomUUID();
    private static final UUID WHITE_HOUSE = UUID.randomUUID();

    private static Source singh() {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = "Sabrina Singh";
        source.kind = SourceKind.PERSON;
        source.aliases.addAll(List.of("S. Singh"));
        source.affiliations.add(Affiliation.of(PENTAGON, "Deputy Pentagon Press Secretary", null,
                PartialDate.parse("2024-07-01")));
        return source;
    }

    @ParameterizedTest(name = "{0}, institution {1}, said {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // person       | institution | statedOn      | score | matchedBy     | affiliation
            "Sabrina Singh  | -           | 2024-07-01    | 0.9   | NAME          | UNCHECKED",
            "SABRINA SÍNGH  | -           | -             | 0.9   | NAME          | UNCHECKED",
            "S. Singh       | -           | 2024-07-01    | 0.85  | ALIAS         | UNCHECKED",
            "Singh          | -           | 2024-07-01    | 0.6   | PART_OF_NAME  | UNCHECKED",
            "Sabrina Singhal| -           | 2024-07-01    | 0.35  | SIMILAR_NAME  | UNCHECKED",
            "Sabrina Singh  | PENTAGON    | 2024-07-01    | 1.0   | NAME          | AFFILIATED",
            "Sabrina Singh  | PENTAGON    | ../2024-07-02 | 1.0   | NAME          | AFFILIATED",
            "Sabrina Singh  | PENTAGON    | 2025-03       | 0.7   | NAME          | AFFILIATED_AT_ANOTHER_TIME",
            "Sabrina Singh  | WHITE_HOUSE | 2024-07-01    | 0.75  | NAME          | NOT_AFFILIATED",
            "Singh          | PENTAGON    | 2024-07-01    | 0.7   | PART_OF_NAME  | AFFILIATED",
    })
    void fit(String person, String institution, String statedOn, double score, String matchedBy, String affiliation) {
        Set<UUID> institutions = institution == null ? Set.of()
                : Set.of(institution.equals("PENTAGON") ? PENTAGON : WHITE_HOUSE);
        SpeakerScore fit = SpeakerScore.of(person, singh(), institutions, PartialDate.parseNullable(statedOn));
        assertEquals(score, fit.score(), 1e-9, "score");
        assertEquals(matchedBy, fit.matchedBy(), "matchedBy");
        assertEquals(affiliation, fit.affiliation(), "affiliation");
    }

    @org.junit.jupiter.api.Test
    void theInstitutionItselfIsNotJudgedByAffiliations() {
        Source pentagon = new Source();
        pentagon.id = PENTAGON;
        pentagon.name = "U.S. Department of Defense";
        pentagon.aliases.add("Pentagon");
        SpeakerScore fit = SpeakerScore.of("Pentagon", pentagon, Set.of(PENTAGON), null);
        assertEquals(0.85, fit.score(), 1e-9);
        assertEquals("UNCHECKED", fit.affiliation());
    }
}
