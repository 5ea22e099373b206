package io.claimtrail.claims.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score of a match, and when it makes a duplicate or a match worth showing. */
class MatchRulesTest {

    @ParameterizedTest(name = "similarity {0}, rank {1}: score {2}")
    @CsvSource({
            "1.0, 1.0, 1.0",
            "0.0, 0.0, 0.0",
            "0.5, 0.5, 0.5",
            "1.0, 0.0, 0.6",
            "0.0, 1.0, 0.4",
            "0.5, 3.0, 0.7",
            "-0.2, NaN, 0.0",
    })
    void theScoreWeighsSimilarityAndRankEachClampedToZeroToOne(double similarity, double rank, double score) {
        assertEquals(score, MatchRules.score(similarity, rank), 1e-9);
    }

    @ParameterizedTest(name = "{0} / {1} at {2}, {3}: duplicate {4}, near {5}")
    @CsvSource(delimiter = '|', value = {
            "Prices will rise.             | Prices will rise soon.          | 0.7 | 1.0 | true  | true",
            "Prices will rise.             | Prices will not rise.           | 0.9 | 1.0 | false | true",
            "Prices will rise.             | Prices are set to rise.         | 0.35| 0.8 | true  | true",
            "Prices will rise.             | Wages may rise.                 | 0.3 | 0.4 | false | true",
            "Prices will rise.             | Grain exports doubled.          | 0.05| 0.0 | false | false",
            "1,000 troops were sent.       | 10,000 troops were sent.        | 0.9 | 1.0 | false | true",
            "1,000 troops were sent.       | 1000 troops were sent in June.  | 0.6 | 1.0 | true  | true",
            "Troops were sent.             | 1,000 troops were sent.         | 0.7 | 1.0 | true  | true",
            "Prices will rise.             | Prices will fall.               | 0.8 | 0.8 | false | true",
            "Over the last year, the wait for an operation dropped by one third. | Waiting times for surgery fell by a third over the past year. | 0.2 | 0.2 | true | true",
            // WordNet antonyms oppose (Antonyms); factors and scaled figures are compared as numbers (Quantities)
            "The summer will be warmer than average.  | The summer will be cooler than average.   | 0.9 | 1.0 | false | true",
            "Complaints tripled this year.            | Complaints doubled this year.             | 0.9 | 1.0 | false | true",
            "Complaints doubled this year.            | Complaints rose twofold this year.        | 0.6 | 0.8 | true  | true",
            "The port handled 1.9 million containers. | The port handled 1,900,000 containers.    | 0.6 | 0.8 | true  | true",
    })
    void aDuplicateNeedsTheScoreTheSamePolarityAndNoConflictingFigure(String text, String candidate,
            double similarity, double rank, boolean duplicate, boolean near) {
        MatchRules.Verdict verdict = MatchRules.judge(text, candidate, similarity, rank);
        assertEquals(duplicate, verdict.duplicate(), verdict::toString);
        assertEquals(near, verdict.near(), verdict::toString);
    }

    /** The same words about another fact: what conflicts, read from the words alone (the score is set high). */
    @ParameterizedTest(name = "{0} / {1}: {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // another participant in the same place
            "North Korean troops were sent to Donetsk.      | North Korean troops were sent to Luhansk.        | PARTICIPANT | donetsk / luhansk",
            "Northgrid will shut down its last gas plant.  | Northgrid will shut down its last coal plant.     | SLOT        | gas plant / coal plant",
            "Tram fares in Calvo will stay at 1.50 euros.  | Bus fares in Calvo will stay at 1.50 euros.       | PARTICIPANT | tram / bus",
            "A strike by truck drivers halted loading.     | A strike by dock workers halted loading.          | SLOT        | -",
            "The dock will close for repairs in May.       | The dock will close for repairs in June.          | SLOT        | [may] / [june]",
            "Port fees will rise next year.                | Port fees rose last year.                         | SLOT        | [next] / [last]",
            "Rents in Moravik rose by 9 percent.           | House prices in Moravik rose by 9 percent.        | PARTICIPANT | rent / home price",
            // what the structure misses, the aligned words still show
            "The hospital will treat 40 patients from Calvo. | The hospital will treat 40 patients from abroad. | PARTICIPANT | calvo / abroad",
            // figures, also written as words
            "Sea levels rose by 4 centimetres in ten years. | Sea levels rose by 4 centimetres in twenty years. | FIGURES     | -",
            // opposite directions, unless a text says both
            "Reserves rose to 12 billion dollars.          | Reserves fell to 12 billion dollars.              | DIRECTION   | UP / DOWN",
            "The bank sees no need for further rate cuts.  | The bank sees no need for further rate increases. | DIRECTION   | DOWN / UP",
            "The port handled 8 percent more containers.   | Container traffic fell by 8 percent.              | DIRECTION   | UP / DOWN",
            "The museum will open in May.                  | The museum will close in May.                     | DIRECTION   | OPEN / CLOSED",
            "The vaccine is free for everyone over 65.     | The vaccine is free for everyone under 65.        | DIRECTION   | UP / DOWN",
            "Waiting times rose after falling for a year.  | Waiting times fell.                               | NONE        | -",
            // adjectives of contrast
            "Bus passes get cheaper for new residents.     | Bus passes get cheaper for existing residents.    | DIRECTION   | NEW / OLD",
            "The hospital will get public funding.         | The hospital will get private funding.            | DIRECTION   | PUBLIC / PRIVATE",
            "Domestic flights will cost more next year.    | Foreign flights will cost more next year.         | DIRECTION   | DOMESTIC / FOREIGN",
            // a plural noun after "to" is a participant, not a verb
            "The bank sold customer data to advertisers.   | The bank sold customer data to insurers.          | SLOT        | to: advertiser / insurer",
            "The museum will be scrapped, the city said.   | The city will cancel the museum.                  | NONE        | -",
            // paraphrases: other verbs, order, inflections, synonyms, the speaker named or not
            "The navy deployed two frigates to the strait. | Two navy frigates were sent to the strait.        | NONE        | -",
            "In August hospitals registered 350 new cases of measles. | Hospitals recorded 350 new measles cases in August. | NONE | -",
            "The bus fare in Calvo remains 1.50 euros.     | Bus fares in Calvo will stay at 1.50 euros.       | NONE        | -",
            "The company says it did not overcharge its customers. | Northgrid denies that it overcharged customers. | NONE      | -",
            "Forty new armoured vehicles are to be bought. | The army will buy 40 new armoured vehicles.       | NONE        | -",
            "Inflation should drop under 4 percent.        | Inflation is expected to fall below 4 percent.    | NONE        | -",
            "A missile was tested above the desert.        | A missile test took place over the desert.        | NONE        | -",
    })
    void anotherFactIsNoDuplicateHoweverAlikeTheWords(String text, String candidate, MatchRules.Conflict conflict,
            String detail) {
        MatchRules.Verdict verdict = MatchRules.judge(text, candidate, 0.9, 0.9);
        assertEquals(conflict, verdict.conflict(), verdict::toString);
        if (detail != null) {
            assertEquals(detail, verdict.detail());
        }
        assertEquals(conflict == MatchRules.Conflict.NONE, verdict.duplicate(), verdict::toString);
        assertTrue(verdict.near());
    }

    /** Opposite acts ("ban" / "allow") are opposite polarity; a negation of one is the other. */
    @ParameterizedTest(name = "{0} / {1}: opposite {2}")
    @CsvSource(delimiter = '|', value = {
            "Police arrested three protesters on Monday.   | Police released three protesters on Monday.       | true",
            "The city will install 20 new ticket machines. | The city will remove 20 ticket machines.          | true",
            "Street parking will be banned in the centre.  | Street parking will be allowed in the centre.     | true",
            "The ferry service will be cancelled in May.   | The ferry service will keep running in May.       | true",
            "Construction of the bridge will start in May. | Construction of the bridge will stop in May.      | true",
            "The airline will hire 200 pilots.             | The airline will fire 200 pilots.                 | true",
            "Judges will hear cases on Saturdays.          | Judges will stop hearing cases on Saturdays.      | true",
            "The ministry will keep the ban on rentals.    | The ministry will lift the ban on rentals.        | true",
            "Cruise ships will be banned from the harbour. | Cruise ships will no longer be allowed into the harbour. | false",
            "The ministry will lift the ban on rentals.    | Rentals will be allowed again, the ministry said. | false",
            "The ban on rentals is to be lifted.           | The ministry will lift the ban on rentals.        | false",
            "The water is safe to drink.                   | The water is unsafe to drink.                     | true",
            "Most visitors come from Germany.              | Few visitors come from Germany.                   | true",
            // WordNet's antonyms (Antonyms), a negation cue among them counted once
            "The summer will be cooler than average.       | The summer will be warmer than average.           | true",
            "Fewer days were above 25 degrees this summer. | More days were above 25 degrees this summer.      | true",
            "The board accepted the offer.                 | The board rejected the offer.                     | true",
            "The summer will not be warmer than average.   | The summer will be cooler than average.           | false",
    })
    void oppositeActsAreOppositePolarityAndNeverDuplicates(String text, String candidate, boolean opposite) {
        MatchRules.Verdict verdict = MatchRules.judge(text, candidate, 0.9, 0.9);
        assertEquals(opposite, verdict.oppositePolarity(), verdict::toString);
        if (opposite) {
            assertFalse(verdict.duplicate(), verdict::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}: participant {2}")
    @CsvSource({
            "to, insurers, true",
            "to, farmers, true",
            "to, sell, false",
            "to, discuss, false",
            "to, focus, false",
            "for, insurers, false",
    })
    void aPluralAfterToIsANoun(String previous, String token, boolean noun) {
        assertEquals(noun, FactWords.pluralNounAfterTo(previous, token));
    }

    @Test
    void sharedFactWordsRaiseAParaphrasesScore() {
        // {last, year, wait, surgery, fall, third} shared, {1} and {time} not: Dice 12 / 14
        MatchRules.Verdict verdict = MatchRules.judge("Over the last year, the wait for an operation dropped by one third.",
                "Waiting times for surgery fell by a third over the past year.", 0.2, 0.2);
        assertEquals(MatchRules.WORDS_WEIGHT * 12 / 14, verdict.score(), 1e-9);
        assertEquals(0.2, MatchRules.judge("Prices will rise.", "Grain exports doubled.", 0.2, 0.2).score(), 1e-9);
    }

    @Test
    void theThresholdsAreBoundaries() {
        assertTrue(MatchRules.judge("a", "b", 0.51, 0.51).duplicate());
        assertFalse(MatchRules.judge("a", "b", 0.49, 0.49).duplicate());
        assertTrue(MatchRules.judge("a", "b", 0.31, 0.31).near());
        assertFalse(MatchRules.judge("a", "b", 0.29, 0.29).near());
    }
}
