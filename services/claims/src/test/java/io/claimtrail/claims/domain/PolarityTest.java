package io.claimtrail.claims.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether a text asserts or negates: negation cues counted, their parity deciding, asserting phrases skipped. */
class PolarityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "The government will cut fuel subsidies.                      | AFFIRMED",
            "The government will not cut fuel subsidies.                  | NEGATED",
            "The government won't cut fuel subsidies.                     | NEGATED",
            "The government won\u2019t cut fuel subsidies.                | NEGATED",
            "The government wont cut fuel subsidies.                      | NEGATED",
            "The government cannot cut fuel subsidies.                    | NEGATED",
            "There is no evidence of North Korean troops in Ukraine.      | NEGATED",
            "The Pentagon has nothing to say on North Korean troops.      | NEGATED",
            "The ministry denied that troops were sent.                   | NEGATED",
            "The union rejected the offer of a 3 percent raise.           | NEGATED",
            "The mayor refused to comment.                                | NEGATED",
            "The ministry never sent troops.                              | NEGATED",
            "Nobody was arrested.                                         | NEGATED",
            "The talks failed to produce a deal.                          | NEGATED",
            "A deal is unlikely before July.                              | NEGATED",
            "The ministry did not deny that troops were sent.             | AFFIRMED",
            "It is not true that the plant will not close.                | AFFIRMED",
            "Neither Russia nor North Korea confirmed the deployment.     | NEGATED",
            "There is no evidence, nor any sign, of troops in Donetsk.    | NEGATED",
            "Not only tanks but also drones were delivered.               | AFFIRMED",
            "There is no doubt that the plant will close.                 | AFFIRMED",
            "The prime minister spoke at No. 10 on Monday.                | AFFIRMED",
            "North Korea is sending engineering troops to Donetsk.        | AFFIRMED",
            "Notable progress was made; the ban is known to all.          | AFFIRMED",
            "The offer was turned down by the union.                      | NEGATED",
            "Classes will have at most 25 pupils.                         | NEGATED",
            "The water poses no risk.                                     | AFFIRMED",
            "The water poses a risk to children.                          | NEGATED",
            "Judges will stop hearing cases on Saturdays.                 | NEGATED",
            "The port stopped the ferries on Monday.                      | AFFIRMED",
            "The risk of floods is rising.                                | AFFIRMED",
    })
    void negationCuesDecideByTheirParity(String text, Polarity expected) {
        assertEquals(expected, Polarity.of(text), () -> "cues " + Polarity.cues(text));
    }

    @ParameterizedTest(name = "{0} / {1}: opposite {2}")
    @CsvSource(delimiter = '|', value = {
            "Prices will rise.                     | Prices will not rise.                   | true",
            "Troops were sent.                     | The ministry denied troops were sent.   | true",
            "Troops were not sent.                 | The ministry denied troops were sent.   | false",
            "No troops were sent.                  | There were no troops sent.              | false",
            "The plant will close.                 | The plant is going to close in March.   | false",
            "The union rejected the offer.         | The offer was turned down by the union. | false",
            "Classes will have at most 25 pupils.  | Class sizes will not exceed 25 pupils.  | false",
            "Classes will have at most 25 pupils.  | Class sizes will exceed 25 pupils.      | true",
            "The water poses no risk.              | The water is safe to drink.             | false",
            "The water poses no risk.              | The water is not safe to drink.         | true",
    })
    void oppositeWhenOnlyOneNegates(String a, String b, boolean opposite) {
        assertEquals(opposite, Polarity.opposite(a, b));
    }
}
