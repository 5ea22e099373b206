package io.claimtrail.sources.store;

import io.claimtrail.sources.SourcesTest;
import io.claimtrail.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search's ranking takes a name holding q between spaces as similar 1 without asking {@code word_similarity}
 * ({@link SourceSearch#wholeWords}): for every q it does so for, that must be what {@code word_similarity} says.
 */
@SourcesTest
class WholeWordScoreTest {

    private static final String[] NAMES = { "U.S. Department of Defense", "Pentagon, press office",
            "Radio Free Europe/Radio Liberty", "Ministry of Défense (France)", "O'Neill Pentagon-watch",
            "Pentagons and the pentagon", "Pentagon", "Ministry 3f2a9c1b Seoul", "Radio  Kyiv   International",
            "x-ray 1 news 1", "Київ Pentagon", "Pentagonal Radio", "news1 news 12 news 1" };

    private static final List<String> QUERIES = List.of("pentagon", "defense", "radio", "radio liberty",
            "ministry of defense", "press office", "1", "news 1", "kyiv", "radio kyiv", "x", "ray 1",
            "department of defense", "ministry 3f2a9c1b seoul", "pentagons and", "of");

    @Test
    void onlyPlainLettersAndDigitsBetweenSingleSpacesGetTheShortcut() {
        assertEquals(" pentagon ", SourceSearch.wholeWords("pentagon"));
        assertEquals(" radio kyiv ", SourceSearch.wholeWords("radio kyiv"));
        assertEquals(" 1 ", SourceSearch.wholeWords("1"));
        for (String q : List.of("u.s.", "o'neill", "київ", "pentagon-watch", "radio  kyiv", " dod", "dod ", "",
                "%", "a_b", "Pentagon")) {
            assertNull(SourceSearch.wholeWords(q), q);
        }
    }

    @Test
    void aNameHoldingQBetweenSpacesIsSimilarOne() {
        String[] queries = QUERIES.toArray(String[]::new);
        String[] needles = QUERIES.stream().map(SourceSearch::wholeWords).toArray(String[]::new);
        assertTrue(QUERIES.stream().map(SourceSearch::wholeWords).allMatch(Objects::nonNull));
        String shortcuts = """
                FROM unnest(?::text[], ?::text[]) AS w(q, needle), unnest(?::text[]) AS n(name)
                WHERE strpos(' ' || claimtrail_fold(n.name) || ' ', w.needle) > 0""";
        long taken = ((Number) TestDatabase.value("SELECT count(*) " + shortcuts, queries, needles, NAMES)).longValue();
        assertTrue(taken >= 15, "the names hold the queries between spaces " + taken + " times");
        assertNull(TestDatabase.value("SELECT array_agg(q || ' in ' || name) " + shortcuts
                + " AND word_similarity(w.q, claimtrail_fold(n.name)) <> 1", queries, needles, NAMES));
    }
}
