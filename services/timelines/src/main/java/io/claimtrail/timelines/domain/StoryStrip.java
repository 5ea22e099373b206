package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims per status over a story's days, for the story page's strip chart: on each day, every claim certainly
 * stated by then, in the status of its last transition effective by then (the as-of rule of {@code AsOf}: a date
 * counts from its latest possible day). Built from one assembly with histories, so it costs no call per day. The
 * days run from the story's first possible day to the last day anything in it is dated; a span longer than
 * {@link #MAX_POINTS} days is sampled every few days.
 */
public record StoryStrip(LocalDate firstDay, LocalDate lastDay, int stepDays, List<LocalDate> days,
        Map<String, List<Integer>> counts) {

    public static final int MAX_POINTS = 400;

    /** Statuses in the order the chart stacks them, unresolved first. */
    public static final List<String> STATUSES = List.of("UNVERIFIED", "CORROBORATED", "DISPUTED", "CONFIRMED",
            "REFUTED", "RETRACTED");

    public static StoryStrip of(List<Entry> entries) {
        LocalDate first = null;
        LocalDate last = null;
        for (Entry entry : entries) {
            first = min(first, entry.earliest());
            last = max(last, entry.latest());
            if (entry.history() != null) {
                for (StoryPage.Move move : entry.history()) {
                    last = max(last, latest(move.effectiveOn()));
                }
            }
        }
        if (first == null || last == null || last.isBefore(first)) {
            return new StoryStrip(first, last, 1, List.of(), Map.of());
        }
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        int step = (int) ((span + MAX_POINTS - 1) / MAX_POINTS);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(step)) {
            days.add(day);
        }
        if (!days.get(days.size() - 1).equals(last)) {
            days.add(last);
        }
        Map<String, int[]> tally = new LinkedHashMap<>();
        STATUSES.forEach(s -> tally.put(s, new int[days.size()]));
        for (Entry entry : entries) {
            if (entry.type() != Entry.Type.CLAIM || entry.latest() == null) {
                continue;
            }
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                if (!entry.latest().isAfter(day)) {
                    tally.computeIfAbsent(statusOn(entry, day), s -> new int[days.size()])[i]++;
                }
            }
        }
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        tally.forEach((status, values) -> counts.put(status, java.util.Arrays.stream(values).boxed().toList()));
        return new StoryStrip(first, last, step, List.copyOf(days), counts);
    }

    /** The claim's status on a day: its last transition effective by then, else how it was entered. */
    static String statusOn(Entry claim, LocalDate day) {
        List<StoryPage.Move> moves = claim.history() == null ? List.of() : claim.history();
        String status = moves.isEmpty() || moves.get(0).from() != null ? "UNVERIFIED" : moves.get(0).to();
        for (StoryPage.Move move : moves) {
            LocalDate effective = latest(move.effectiveOn());
            if (move.from() != null && effective != null && !effective.isAfter(day)) {
                status = move.to();
            }
        }
        return status == null ? claim.status() : status;
    }

    private static LocalDate latest(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        return PartialDate.parse(date).latest().orElse(null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null ? a : a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null ? a : a == null || b.isAfter(a) ? b : a;
    }
}
