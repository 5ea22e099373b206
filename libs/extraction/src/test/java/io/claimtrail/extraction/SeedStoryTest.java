package io.claimtrail.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's seed story (shared/stories/nk-troops-2024-07-02.txt), published on 2 July 2024. */
class SeedStoryTest {

    static String text;
    static List<Candidate> found;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SeedStoryTest.class.getResourceAsStream("/articles/nk-troops-2024-07-02.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        found = Extractor.create().extract(text, LocalDate.of(2024, 7, 2));
    }

    private static List<Candidate> by(String name) {
        return found.stream().filter(c -> c.speaker() != null && name.equals(c.speaker().name())).toList();
    }

    @Test
    void singhsTwoQuotes() {
        List<Candidate> singh = by("Sabrina Singh");
        assertEquals(2, singh.size(), () -> "Singh's candidates: " + singh);
        Candidate first = singh.get(0);
        Candidate second = singh.get(1);
        assertEquals(Mode.DIRECT, first.mode());
        assertEquals("I don’t have anything for you on that.", first.quote());
        assertEquals(ClaimKind.NO_EVIDENCE, first.claimKind());
        assertTrue(second.quote().startsWith("We certainly know that North Korea is supporting Russia’s efforts"));
        assertTrue(second.quote().endsWith("going into Russia at this time."));
        for (Candidate c : singh) {
            assertEquals("2024-07-01", c.statedOn());
            assertTrue(c.statedOnBasis().contains("1 July 2024"), c.statedOnBasis());
            assertEquals("Singh", c.speaker().mention().text());
            assertEquals("Sabrina Singh", c.speaker().antecedent().text());
            assertEquals("Deputy Pentagon Press Secretary", c.speaker().role());
            assertEquals("Pentagon", c.speaker().institution());
            assertFalse(c.speaker().anonymous());
            assertEquals("replied", c.cue().text());
        }
    }

    @Test
    void tvChosunsReportIsAnIndirectForecastOfUnknownDate() {
        List<Candidate> tvc = by("TV Chosun");
        assertFalse(tvc.isEmpty());
        Candidate report = tvc.get(0);
        assertEquals(Mode.INDIRECT, report.mode());
        assertEquals(ClaimKind.FORECAST, report.claimKind());
        assertEquals("../2024-07-02", report.statedOn());
        assertEquals("not given: before publication", report.statedOnBasis());
        assertEquals("claimed", report.cue().text());
        assertTrue(report.content().text().startsWith("North Korea was planning to send engineering troops"));
        assertNull(report.quote());
        // "The report suggested ... as early as July": the same source; July is a date in the content, not the
        // statement's date, and it is when the forecast can be checked
        Candidate suggested = tvc.stream().filter(c -> c.cue().text().equals("suggested")).findFirst().orElseThrow();
        assertEquals("../2024-07-02", suggested.statedOn());
        assertEquals("2024-07/..", suggested.resolvesBy());
        assertEquals(ClaimKind.FORECAST, suggested.claimKind());
    }

    @Test
    void kirbysConcern() {
        List<Candidate> kirby = by("John Kirby");
        assertEquals(1, kirby.size());
        Candidate c = kirby.get(0);
        assertEquals(Mode.INDIRECT, c.mode());
        assertTrue(c.content().text().startsWith("the strengthening ties between the two nations"));
        assertEquals("White House representative", c.speaker().role());
        assertEquals("White House", c.speaker().institution());
        assertEquals("../2024-07-02", c.statedOn());
    }

    @Test
    void pentagonsStatementAndTheAnonymousMedia() {
        Candidate pentagon = by("Pentagon").get(0);
        assertEquals(ClaimKind.NO_EVIDENCE, pentagon.claimKind());
        Candidate media = found.stream().filter(c -> c.speaker() != null && c.speaker().anonymous()).findFirst()
                .orElseThrow();
        assertEquals("South Korean media", media.speaker().mention().text());
        assertNull(media.speaker().name());
    }

    @Test
    void spansCutTheSameTextOutOfThePostedText() {
        for (Candidate c : found) {
            for (TextSpan s : new TextSpan[] {c.content(), c.cue(), c.speaker() == null ? null : c.speaker().mention()}) {
                if (s != null) {
                    assertEquals(s.text(), Texts.cut(text, s), s.toString());
                }
            }
            assertNotNull(c.claimText());
            assertTrue(c.score() > 0 && c.score() <= 1);
        }
    }
}
