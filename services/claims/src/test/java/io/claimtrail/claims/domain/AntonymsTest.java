package io.claimtrail.claims.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opposite words from WordNet's antonyms, and the committed table being WordNet's. */
class AntonymsTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "This summer will be cooler than average.  | This summer will be warmer than average.   | cool / warm",
            "Dockers voted to accept the pay deal.     | Dockers voted against the pay deal.         | -",
            "Fewer days were above 25 degrees.         | More days were above 25 degrees.            | fewer / more",
            "December was the wettest on record.       | December was the driest on record.          | wet / dry",
            "Prices rose in March.                     | Prices fell in March.                       | rise / fall",
            "Homes are overvalued by a fifth.          | Homes are undervalued by a fifth.           | overvalue / undervalue",
            "The law is unconstitutional.              | The law is constitutional.                  | unconstitutional / constitutional",
            "Warmer in the south, cooler in the north. | Cooler in the north, warmer in the south.   | -",
            "Prices are set to rise.                   | Prices will rise.                           | -",
            "The offer was rejected.                   | The offer was accepted.                     | -",
            "The committee approved the plan.          | The committee backed the plan.              | -",
    })
    void wordsOfOneTextWhoseAntonymTheOtherHoldsOppose(String a, String b, String expected) {
        assertEquals(expected, Antonyms.opposed(a, b));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"warm, cool", "accept, reject", "fewer, more", "rise, fall", "win, lose", "hire, fire",
            "open, shut", "wet, dry"})
    void wordNetListsTheCommonOpposites(String a, String b) {
        assertTrue(Antonyms.antonyms(a, b) && Antonyms.antonyms(b, a));
    }

    @Test
    void theCommittedTableIsWhatWordNetGives() throws IOException {
        try (InputStream in = Antonyms.class.getResourceAsStream("/wordnet/antonyms.txt")) {
            assertEquals(WordNetAntonyms.table(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
