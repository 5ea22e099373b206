package io.claimtrail.timelines.domain;

import io.claimtrail.timelines.client.StoryPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages are taken in story order while up to the window's number of ranges between marks are read at once. */
class PageWindowTest {

    /** The reads asked for, as "after..until" (the start and the end as "^" and "$"), each answered by the test. */
    private final Map<String, CompletableFuture<StoryPage>> asked = new LinkedHashMap<>();

    private CompletableFuture<StoryPage> read(String after, String until, boolean withMarks) {
        CompletableFuture<StoryPage> page = new CompletableFuture<>();
        asked.put(key(after, until) + (withMarks ? " marks" : ""), page);
        return page;
    }

    private static String key(String after, String until) {
        return (after == null ? "^" : after) + ".." + (until == null ? "$" : until);
    }

    private static StoryPage answer(String next, List<String> marks) {
        return new StoryPage(List.of(), 1000, next, marks);
    }

    /** Answers the read named {@code key} and takes the next page, which must be that one. */
    private StoryPage take(PageWindow window, String key, StoryPage answer) {
        CompletableFuture<StoryPage> next = window.next();
        asked.get(key).complete(answer);
        StoryPage taken = next.join();
        assertEquals(answer, taken);
        return taken;
    }

    @Test
    void rangesBetweenMarksAreReadAtOnceUpToTheWindowAndTakenInOrder() {
        PageWindow window = new PageWindow(this::read, 2);
        window.start();
        assertEquals(List.of("^..$"), List.copyOf(asked.keySet()));

        // the first page asks for no marks, so the story's first entries wait for no scan of the rest; the second does
        take(window, "^..$", answer("c0", null));
        assertEquals(List.of("^..$", "c0..$ marks"), List.copyOf(asked.keySet()));
        take(window, "c0..$ marks", answer("c1", List.of("m1", "m2", "m3")));
        assertEquals(List.of("^..$", "c0..$ marks", "c1..m1", "m1..m2"), List.copyOf(asked.keySet()));

        // the first range goes on past a page: its next page is read before the later ranges are taken
        take(window, "c1..m1", answer("c2", null));
        assertEquals(List.of("^..$", "c0..$ marks", "c1..m1", "m1..m2", "c2..m1"), List.copyOf(asked.keySet()));
        take(window, "c2..m1", answer(null, null));
        assertEquals(List.of("^..$", "c0..$ marks", "c1..m1", "m1..m2", "c2..m1", "m2..m3"), List.copyOf(asked.keySet()));

        // a later range answered first waits for its turn
        asked.get("m2..m3").complete(answer(null, null));
        take(window, "m1..m2", answer(null, null));
        assertEquals(List.of("^..$", "c0..$ marks", "c1..m1", "m1..m2", "c2..m1", "m2..m3", "m3..$"),
                List.copyOf(asked.keySet()));
        assertEquals(answer(null, null), window.next().join());
        take(window, "m3..$", answer(null, null));
        assertNull(window.next());
    }

    @Test
    void withoutMarksThePagesFollowEachOtherByCursorOneAhead() {
        PageWindow window = new PageWindow(this::read, 3);
        window.start();
        take(window, "^..$", answer("c1", null));
        take(window, "c1..$ marks", answer("c2", List.of()));
        take(window, "c2..$", answer("c3", null));
        assertEquals(List.of("^..$", "c1..$ marks", "c2..$", "c3..$"), List.copyOf(asked.keySet()));
        take(window, "c3..$", answer(null, null));
        assertNull(window.next());
    }

    @Test
    void marksAreAskedForOnceAndOnlyTheFirstOnesCut() {
        PageWindow window = new PageWindow(this::read, 1);
        window.start();
        take(window, "^..$", answer("c1", null));
        take(window, "c1..$ marks", answer("c2", List.of("m1")));
        take(window, "c2..m1", answer("c3", List.of("x")));
        assertEquals(List.of("^..$", "c1..$ marks", "c2..m1", "c3..m1"), List.copyOf(asked.keySet()));
        take(window, "c3..m1", answer(null, null));
        take(window, "m1..$", answer(null, null));
        assertNull(window.next());
    }

    @Test
    void aStoryOfOnePageReadsNothingMoreAndStoppingDropsWhatIsBeingRead() {
        PageWindow one = new PageWindow(this::read, 3);
        one.start();
        take(one, "^..$", answer(null, null));
        assertNull(one.next());

        asked.clear();
        PageWindow stopped = new PageWindow(this::read, 3);
        stopped.start();
        take(stopped, "^..$", answer("c0", null));
        take(stopped, "c0..$ marks", answer("c1", List.of("m1", "m2")));
        List<CompletableFuture<StoryPage>> reading = new ArrayList<>(asked.values()).subList(2, 5);
        stopped.stop();
        assertTrue(reading.stream().allMatch(CompletableFuture::isCancelled));
        assertNull(stopped.next());
    }
}
