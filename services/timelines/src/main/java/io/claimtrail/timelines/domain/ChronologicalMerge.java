package io.claimtrail.timelines.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Puts a story's entries in {@link Entry#CHRONOLOGICAL} order while its claims arrive page by page, so that they can
 * leave before the last page is read. The events are all known up front; the claims come in {@link Entry#BOUNDS}
 * order (the claims service's order), so once a page has arrived nothing still to come can sort before an entry
 * whose bounds are below that page's last ones: those entries leave, the rest wait. Only the entries sharing the
 * last bounds of a page are held (all of them when a whole story is dated alike).
 */
final class ChronologicalMerge {

    private final Deque<Entry> events;
    private final List<Entry> held = new ArrayList<>();

    ChronologicalMerge(Collection<Entry> events) {
        this.events = new ArrayDeque<>(events.stream().sorted(Entry.CHRONOLOGICAL).toList());
    }

    /** Takes a page of claims in {@link Entry#BOUNDS} order and gives what can no longer be preceded, in order. */
    List<Entry> add(List<Entry> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        held.addAll(claims);
        Entry last = claims.get(claims.size() - 1);
        List<Entry> ready = new ArrayList<>();
        while (!events.isEmpty() && Entry.BOUNDS.compare(events.peekFirst(), last) < 0) {
            ready.add(events.pollFirst());
        }
        List<Entry> waiting = new ArrayList<>();
        for (Entry entry : held) {
            (Entry.BOUNDS.compare(entry, last) < 0 ? ready : waiting).add(entry);
        }
        held.clear();
        held.addAll(waiting);
        ready.sort(Entry.CHRONOLOGICAL);
        return ready;
    }

    /** No more claims will come: everything left, in order. */
    List<Entry> finish() {
        List<Entry> rest = new ArrayList<>(held);
        rest.addAll(events);
        held.clear();
        events.clear();
        rest.sort(Entry.CHRONOLOGICAL);
        return rest;
    }
}
