package io.claimtrail.sources.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which rating is in force: by effective date, then by when it was recorded; undated ratings hold from the start. */
class RatingSeriesTest {

    private static final Instant T0 = Instant.parse("2024-08-01T00:00:00Z");

    /** "B:-@0, D:2024-03@2" = B undated recorded at T0+0 s, D from March 2024 recorded at T0+2 s. */
    private static List<Rating> series(String spec) {
        List<Rating> list = new ArrayList<>();
        for (String part : spec.split(",\\s*")) {
            String[] letterAndRest = part.split(":");
            String[] dateAndRecorded = letterAndRest[1].split("@");
            PartialDate effective = dateAndRecorded[0].equals("-") ? null : PartialDate.parse(dateAndRecorded[0]);
            list.add(Rating.of(UUID.randomUUID(), Reliability.valueOf(letterAndRest[0]), effective, "r", "rater",
                    T0.plusSeconds(Long.parseLong(dateAndRecorded[1]))));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} as of {1}, known at +{2} s: {3}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "B:-@0                      | -          | -  | B",
            "B:-@0                      | 1990-01-01 | -  | B",   // undated: from the start
            "B:-@0, D:2024-03@2         | 2024-02-29 | -  | B",
            "B:-@0, D:2024-03@2         | 2024-03-31 | -  | D",   // the month is certainly begun... and over
            "B:-@0, D:2024-03@2         | 2024-03-15 | -  | B",   // not certainly in force yet mid-month
            "B:-@0, D:2024-03@2         | 2024-07-01 | 1  | B",   // D not yet recorded
            "B:-@0, D:2024-03@2         | 2024-07-01 | 2  | D",
            "C:2024-05-01@0, A:2023@5   | -          | -  | C",   // a back-dated rating does not replace today's
            "C:2024-05-01@0, A:2023@5   | 2023-12-31 | -  | A",
            "C:2024-05-01@0, A:2023@5   | 2022-12-31 | -  | F",   // nothing in force: cannot be judged
            "B:2024-01-01@0, E:2024-01-01@1 | 2024-06-01 | - | E"   // same day: the later record wins
    })
    void standing(String spec, String asOf, String knownAfterSeconds, String expected) {
        AsOf view = new AsOf(asOf == null ? null : LocalDate.parse(asOf),
                knownAfterSeconds == null ? null : T0.plusSeconds(Long.parseLong(knownAfterSeconds)));
        assertEquals(Reliability.valueOf(expected), RatingSeries.standing(series(spec), view));
    }
}
