package io.claimtrail.claims.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Slots two claims fill differently, and opposites without a negation word, read from their tagged structure. */
class ClaimFrameTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // times of the same kind
            "Eight boats were seized in March.               | Eight boats were seized in April.                | [march] / [april]",
            "Judges will sit on Saturdays.                   | Judges will sit on Sundays.                      | [saturday] / [sunday]",
            "The company will replace the pipes this year.   | The company will replace the pipes next year.    | [this] / [next]",
            "The trial will open on 5 November.              | The trial is to begin on 5 November.             | -",
            // a number's unit
            "He was sentenced to four years in prison.       | He was sentenced to four months in prison.       | 4 year / 4 month",
            "He got a four-year prison sentence.             | He was sentenced to four years in prison.        | -",
            "The company will replace 40 km of lead pipes.   | 40 kilometres of lead piping will be replaced.   | -",
            // a modifier of the same head noun
            "The cod quota will be cut by 15 percent.        | The salmon quota will be cut by 15 percent.      | cod quota / salmon quota",
            "The court rejected the appeal of two fishing companies. | The court rejected the appeal of two ferry companies. | fish compani / ferri compani",
            "The water in the eastern districts is safe.     | The water in the northern districts is safe.     | eastern district / northern district",
            "The authority will hire 30 new inspectors.      | The authority is to recruit 30 more inspectors.  | -",
            // the object of the same preposition, the subject or object of the same verb
            "A burst main left 3,000 homes without water.    | A burst main left 3,000 homes without power.     | without: water / electricity",
            "First-time buyers will get a grant.             | First-time buyers will get a loan.               | object receive: grant / loan",
            "The airline will hire 200 pilots.               | 200 cabin crew will be hired by the airline.     | object hir: pilot / crew",
            "In Moravik the trams will run all night.        | In the city the trams will run all night.        | -",
            "The court sentenced the mayor to four years.    | The mayor was sentenced to four years by the court. | -",
            "The ministry will build 500 homes.              | The government will build 500 homes.             | -",
    })
    void aSlotBothFillDifferentlyIsAnotherFact(String text, String other, String conflict) {
        assertEquals(conflict, ClaimFrame.of(text).conflict(ClaimFrame.of(other)));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The water is safe to drink.                     | The water is unsafe to drink.                    | safe / unsafe",
            "The catches were illegal.                       | The catches were legal.                          | illegal / legal",
            "Most visitors come from Germany.                | Few visitors come from Germany.                  | many / few",
            "Most visitors come from Germany.                | A few visitors come from Germany.                | -",
            "The water is safe to drink.                     | The water is clean enough to drink.              | -",
    })
    void oppositesWithoutANegationWord(String text, String other, String opposes) {
        assertEquals(opposes, ClaimFrame.of(text).opposes(ClaimFrame.of(other)));
    }
}
