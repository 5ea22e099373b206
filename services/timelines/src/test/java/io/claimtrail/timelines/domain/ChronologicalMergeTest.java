package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entries leave in chronological order while the claims arrive page by page in the claims service's order. */
class ChronologicalMergeTest {

    @Test
    void whatTheLastBoundsOfAPageCannotPrecedeLeavesTheRestWaits() {
        ChronologicalMerge merge = new ChronologicalMerge(List.of(event("Briefing", "2024-07-01"),
                event("Pact", "2024-06-19"), event("Sometime", "2024")));

        List<Entry> first = merge.add(List.of(claim("b", "2024-06-30"), claim("a", "2024-07-01")));

        // "2024" starts first; the pact and the 30 June claim end before 1 July; the briefing shares 1 July
        assertEquals(List.of("Sometime", "Pact", "b"), titles(first));
        List<Entry> second = merge.add(List.of(claim("c", "2024-07-01"), claim("d", "2024-07")));
        assertEquals(List.of("Briefing", "a", "c"), titles(second));
        assertEquals(List.of("d"), titles(merge.finish()));
    }

    @Test
    void aGroupDatedAlikeWaitsAcrossPagesAndLeavesSortedByTitle() {
        ChronologicalMerge merge = new ChronologicalMerge(List.of());

        assertEquals(List.of(), merge.add(List.of(claim("z", "2024-07-01"), claim("m", "2024-07-01"))));
        assertEquals(List.of(), merge.add(List.of(claim("a", "2024-07-01"))));
        assertEquals(List.of("a", "m", "z"), titles(merge.add(List.of(claim("later", "2024-07-02")))));
        assertEquals(List.of("later"), titles(merge.finish()));
    }

    @Test
    void openDatesSortAtTheirEnds() {
        ChronologicalMerge merge = new ChronologicalMerge(List.of(event("Open start", "../2024-07-01"),
                event("Open end", "2024-07-01/..")));

        assertEquals(List.of("Open start"), titles(merge.add(List.of(claim("dated", "2024-07-01")))));
        assertEquals(List.of("dated", "Open end"), titles(merge.finish()));
    }

    @Test
    void everyEntryLeavesOnceInTheOrderOfTheWholeWhateverThePages() {
        List<Entry> claims = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            claims.add(claim("claim " + (i * 7919 % 300), "2024-07-" + String.format("%02d", 1 + i % 28)));
        }
        claims.sort(Comparator.comparing((Entry e) -> e.earliest()).thenComparing(Entry::latest).thenComparing(Entry::id));
        List<Entry> events = List.of(event("E1", "2024-07-05"), event("E2", "2024-07"), event("E3", "2024-07-28"));
        ChronologicalMerge merge = new ChronologicalMerge(events);
        List<Entry> out = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += 37) {
            out.addAll(merge.add(claims.subList(from, Math.min(from + 37, claims.size()))));
        }
        out.addAll(merge.finish());

        List<Entry> whole = new ArrayList<>(claims);
        whole.addAll(events);
        whole.sort(Entry.CHRONOLOGICAL);
        assertEquals(whole, out);
    }

    private static List<String> titles(List<Entry> entries) {
        return entries.stream().map(Entry::title).toList();
    }

    private static Entry event(String title, String date) {
        return entry(Entry.Type.EVENT, title, date);
    }

    private static Entry claim(String title, String date) {
        return entry(Entry.Type.CLAIM, title, date);
    }

    private static Entry entry(Entry.Type type, String title, String date) {
        PartialDate parsed = PartialDate.parse(date);
        return new Entry(type, UUID.randomUUID(), parsed, parsed.earliest().orElse(null), parsed.latest().orElse(null),
                title, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
