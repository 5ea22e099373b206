package io.claimtrail.timelines.domain;

import io.claimtrail.timelines.client.StoryPage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Which pages of a story's claims are being read, and in what order they are taken. The second page asks for the
 * claims service's marks (the first does not, so that the story's first entries wait for no scan of the rest): positions in the rest of the story about a page apart, which cut it into ranges whose pages
 * do not wait for each other's cursors. Up to {@code inFlight} of them are read at a time, ahead of the page being
 * written, and taken in story order: a page's cursor, when its range goes on, is read next, before the later ranges.
 * So the story no longer takes one page round trip after another, and no more than {@code inFlight} pages wait in
 * memory. Without marks (a short story, a claims service that gives none) the pages follow each other by cursor,
 * the next one read while the current one is written. Not thread-safe: one page is taken after the other.
 */
final class PageWindow {

    /** Starts reading the page after {@code after} (null: the start) up to the mark {@code until} (null: the end). */
    interface Reader {
        CompletableFuture<StoryPage> read(String after, String until, boolean withMarks);
    }

    private record Range(String after, String until) {
    }

    private record Reading(CompletableFuture<StoryPage> page, String until) {
    }

    private final Reader reader;
    private final int inFlight;
    private final Deque<Range> waiting = new ArrayDeque<>();
    private final Deque<Reading> reading = new ArrayDeque<>();
    private boolean marksAsked;
    private boolean marksTaken;

    PageWindow(Reader reader, int inFlight) {
        this.reader = reader;
        this.inFlight = Math.max(1, inFlight);
    }

    /** Starts reading the first page; {@link #next()} gives it. */
    CompletableFuture<StoryPage> start() {
        CompletableFuture<StoryPage> page = reader.read(null, null, false);
        reading.add(new Reading(page, null));
        return page;
    }

    /**
     * The next page in story order, once read, the pages after it being asked for as it comes; null when the story
     * has no more pages (or {@link #stop()} was called).
     */
    CompletableFuture<StoryPage> next() {
        Reading head = reading.poll();
        if (head == null) {
            return null;
        }
        return head.page().thenApply(page -> {
            follow(page, head.until());
            return page;
        });
    }

    /** Reads nothing more: what is being read is dropped. */
    void stop() {
        reading.forEach(r -> r.page().cancel(false));
        reading.clear();
        waiting.clear();
    }

    private void follow(StoryPage page, String until) {
        List<String> marks = !marksTaken && page.marks() != null ? page.marks() : List.of();
        marksTaken |= !marks.isEmpty();
        if (page.next() != null) {
            if (marks.isEmpty()) {
                // the range goes on: its next page comes before those of the later ranges
                boolean withMarks = !marksAsked;
                marksAsked = true;
                reading.addFirst(new Reading(reader.read(page.next(), until, withMarks), until));
            } else {
                String after = page.next();
                for (String mark : marks) {
                    waiting.add(new Range(after, mark));
                    after = mark;
                }
                waiting.add(new Range(after, until));
            }
        }
        while (reading.size() < inFlight && !waiting.isEmpty()) {
            Range range = waiting.poll();
            reading.add(new Reading(reader.read(range.after(), range.until(), false), range.until()));
        }
    }
}
