package io.claimtrail.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short articles written for these tests, one rule each. Published on Thursday 14 March 2024. */
class ExtractorRulesTest {

    static final LocalDate PUB = LocalDate.of(2024, 3, 14);
    static final Extractor EX = Extractor.create();

    private static List<Candidate> run(String text) {
        List<Candidate> found = EX.extract(text, PUB);
        for (Candidate c : found) {
            assertEquals(c.content().text(), Texts.cut(text, c.content()));
            if (c.speaker() != null) {
                assertEquals(c.speaker().mention().text(), Texts.cut(text, c.speaker().mention()));
            }
            if (c.cue() != null) {
                assertEquals(c.cue().text(), Texts.cut(text, c.cue()));
            }
        }
        return found;
    }

    private static Candidate only(String text) {
        List<Candidate> found = run(text);
        assertEquals(1, found.size(), () -> "candidates: " + found);
        return found.get(0);
    }

    @Test
    void curlyQuoteThenSpeakerAndCueWithADay() {
        Candidate c = only("“The bridge will reopen in May,” Transport Minister Anna Berg said on Tuesday.");
        assertEquals(Mode.DIRECT, c.mode());
        assertEquals("The bridge will reopen in May", c.quote());
        assertEquals("Anna Berg", c.speaker().name());
        assertEquals("Transport Minister", c.speaker().role());
        assertEquals("said", c.cue().text());
        assertEquals("2024-03-12", c.statedOn());
        assertEquals("'on Tuesday', the Tuesday before publication", c.statedOnBasis());
        assertEquals(ClaimKind.FORECAST, c.claimKind());
    }

    @Test
    void straightQuotesInvertedCueAndNestedSingleQuotes() {
        Candidate c = only("\"We told them 'no deal' and we meant it,\" said Paul Adeyemi, a union spokesman.");
        assertEquals(Mode.DIRECT, c.mode());
        assertEquals("We told them 'no deal' and we meant it", c.quote());
        assertEquals("Paul Adeyemi", c.speaker().name());
        assertEquals("union spokesman", c.speaker().role());
        assertEquals("../2024-03-14", c.statedOn());
    }

    @Test
    void speakerBeforeAColonAndAQuoteOverTwoSentences() {
        List<Candidate> found = run("Mayor Lena Ortiz told reporters yesterday: “The water is safe to drink. "
                + "We have tested it twice.”");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(c -> c.mode() == Mode.DIRECT && "Lena Ortiz".equals(c.speaker().name())
                && c.statedOn().equals("2024-03-13")));
        assertEquals("The water is safe to drink.", found.get(0).quote());
    }

    @Test
    void reportedSpeechWithThat() {
        Candidate c = only("The ministry said on March 1 that no decision had been taken on the new tax.");
        assertEquals(Mode.INDIRECT, c.mode());
        assertNull(c.quote());
        assertEquals("The ministry", c.speaker().mention().text());
        assertEquals("no decision had been taken on the new tax", c.content().text());
        assertEquals("No decision had been taken on the new tax.", c.claimText());
        assertEquals("2024-03-01", c.statedOn());
    }

    @Test
    void accordingToAndItsDateInTheContentIsNotTheStatementDate() {
        Candidate c = only("According to the World Bank, the economy will grow by 3 percent next year.");
        assertEquals(Mode.INDIRECT, c.mode());
        assertEquals("According to", c.cue().text());
        assertEquals("World Bank", c.speaker().name());
        assertEquals("../2024-03-14", c.statedOn());
        assertEquals(ClaimKind.FORECAST, c.claimKind());
        assertEquals("2025", c.resolvesBy());
    }

    @Test
    void anonymousSpeakersGetNoName() {
        List<Candidate> found = run("Officials said the talks had stalled. The army has moved two brigades north, "
                + "a senior defense official said.");
        assertEquals(2, found.size(), found::toString);
        for (Candidate c : found) {
            assertTrue(c.speaker().anonymous(), c.toString());
            assertNull(c.speaker().name());
        }
        assertEquals("The army has moved two brigades north", found.get(1).content().text());
    }

    @Test
    void pronounResolvesToThePersonJustQuoted() {
        List<Candidate> found = run("Senator Maria Lopez spoke to voters in Denver on Monday. “Taxes are too high,” "
                + "Lopez said.\nShe added that she would vote against the budget.");
        assertEquals(2, found.size(), found::toString);
        Candidate she = found.get(1);
        assertEquals("She", she.speaker().mention().text());
        assertEquals("Maria Lopez", she.speaker().name());
        assertEquals("2024-03-11", found.get(0).statedOn());
    }

    @Test
    void denialAndNoEvidence() {
        List<Candidate> found = run("The company denied that it had sold user data. Police said there was no "
                + "evidence of foul play.");
        assertEquals(ClaimKind.DENIAL, found.get(0).claimKind());
        assertEquals(ClaimKind.NO_EVIDENCE, found.get(1).claimKind());
    }

    @Test
    void aStanceVerbWithANamedSpeakerAttributesItsObject() {
        Candidate c = only("Governor Tom Reyes criticized the plan to close the county hospital.");
        assertEquals(Mode.INDIRECT, c.mode());
        assertEquals("criticized", c.cue().text());
        assertEquals("Tom Reyes", c.speaker().name());
        assertEquals("the plan to close the county hospital", c.content().text());
        assertTrue(run("The storm criticized nothing at all.").isEmpty(), "a stance needs a named speaker");
    }

    @Test
    void aNegatedCueAttributesNothing() {
        assertTrue(run("The minister did not say whether the plant would close.").isEmpty());
    }

    @Test
    void mixedQuotesKeepTheirVerbatimWords() {
        Candidate c = only("The governor said the plan was “dead on arrival” and would never pass.");
        assertEquals(Mode.MIXED, c.mode());
        assertEquals("dead on arrival", c.quote());
    }

    @Test
    void offsetsAreCodePointsAfterNonBmpCharacters() {
        String text = "🇺🇦 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: “Help is on the way,” said President Joe Biden.";
        Candidate c = only(text);
        assertEquals("Help is on the way", c.content().text());
        int start = text.codePointCount(0, text.indexOf("Help"));
        assertEquals(start, c.content().start());
        assertEquals(start + "Help is on the way".length(), c.content().end());
        assertFalse(start == text.indexOf("Help"), "UTF-16 and code point offsets differ here");
        assertEquals("Joe Biden", c.speaker().name());
    }

    @Test
    void aQuoteWithoutAFrameFollowsTheSpeakerBefore() {
        List<Candidate> found = run("“We will not give up,” the coach said.\n“Next season is ours.”");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the coach", found.get(1).speaker().mention().text());
        assertTrue(found.get(1).score() < found.get(0).score());
    }
}
