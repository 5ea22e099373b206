package io.claimtrail.claims.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures written in words, as plain numbers and factors. */
class QuantitiesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1.9 million boxes                      | 1900000 million boxes",
            "2.4bn crowns                           | 2400000000 billion crowns",
            "lifted its rate 25 basis points        | lifted its rate 0.25 percentage points",
            "cut its rate by a quarter point        | cut its rate by 0.25 percentage points",
            "raised it by half a percentage point   | raised it by 0.5 percentage points",
            "1,900,000 containers                   | 1,900,000 containers",
    })
    void scaledFiguresAndBasisPointsArePlainNumbers(String text, String plain) {
        assertEquals(plain, Quantities.plainFigures(text));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Complaints tripled.                    | Complaints doubled.                          | x3 / x2",
            "Complaints doubled.                    | Complaints rose twofold.                     | -",
            "Complaints doubled.                    | Complaints were twice as many.               | -",
            "41 days, two times the usual number.   | 41 days, double the average.                 | -",
            "Complaints halved.                     | Complaints doubled.                          | x0.5 / x2",
            "Complaints rose sharply.               | Complaints doubled.                          | -",
            "Trains run three times a week.         | Trains run twice a week.                     | -",
    })
    void differentFactorsAreAnotherFigure(String a, String b, String conflict) {
        assertEquals(conflict, Quantities.factorConflict(a, b));
    }
}
