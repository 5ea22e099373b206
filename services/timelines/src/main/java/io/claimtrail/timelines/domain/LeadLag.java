package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who reported a cluster first and how far behind the others were (issue #14), in one place (table test
 * {@code LeadLagTest}). Days count from the first report's earliest possible day: each later source's lag is to the
 * earliest day of its own first claim in the cluster; the time to the first dispute, confirmation and refutation is
 * to the earliest effective day of the first such transition of any claim of the cluster. Never negative: a
 * transition dated before the first report counts as 0.
 */
public final class LeadLag {

    /** A later source of a cluster, and how many days after the first report its own first claim came. */
    public record Lag(UUID sourceId, String sourceName, UUID claimId, long days) {
    }

    /** The timing of one cluster; null days where it never happened (as of the story's day). */
    public record Timing(UUID firstSourceId, List<Lag> lags, Long daysToFirstDispute, Long daysToFirstConfirmation,
            Long daysToFirstRefutation, boolean firstReportConfirmed) {
    }

    /** Per source, over the story's clusters: in how many it reported, how often first, how often first and right. */
    public record SourceLead(UUID sourceId, String sourceName, int clusters, int first, int firstConfirmed) {
    }

    private LeadLag() {
    }

    /** The timing of a cluster from its claims (first report = the earliest in {@link Entry#CHRONOLOGICAL}). */
    public static Timing of(List<Entry> claims) {
        List<Entry> ordered = claims.stream().sorted(Entry.CHRONOLOGICAL).toList();
        Entry first = ordered.get(0);
        LocalDate start = first.earliest();
        Map<UUID, Lag> lags = new LinkedHashMap<>();
        for (Entry claim : ordered.subList(1, ordered.size())) {
            UUID source = claim.source().id();
            if (!source.equals(first.source().id()) && !lags.containsKey(source)) {
                lags.put(source, new Lag(source, claim.source().name(), claim.id(), days(start, claim.earliest())));
            }
        }
        return new Timing(first.source().id(), List.copyOf(lags.values()), firstMove(ordered, "DISPUTED", start),
                firstMove(ordered, "CONFIRMED", start), firstMove(ordered, "REFUTED", start),
                "CONFIRMED".equals(first.status()));
    }

    /** Sums the clusters per source, in the order sources first appear. */
    public static List<SourceLead> bySource(List<List<Entry>> clusters) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (List<Entry> cluster : clusters) {
            Timing timing = of(cluster);
            cluster.stream().map(Entry::source).distinct().forEach(s -> {
                names.putIfAbsent(s.id(), s.name());
                counts.computeIfAbsent(s.id(), k -> new int[3])[0]++;
            });
            int[] first = counts.get(timing.firstSourceId());
            first[1]++;
            first[2] += timing.firstReportConfirmed() ? 1 : 0;
        }
        List<SourceLead> found = new ArrayList<>();
        counts.forEach((id, c) -> found.add(new SourceLead(id, names.get(id), c[0], c[1], c[2])));
        return found;
    }

    private static Long firstMove(List<Entry> claims, String status, LocalDate start) {
        LocalDate earliest = null;
        for (Entry claim : claims) {
            for (StoryPage.Move move : claim.history() == null ? List.<StoryPage.Move>of() : claim.history()) {
                if (status.equals(move.to())) {
                    LocalDate day = PartialDate.parse(move.effectiveOn()).earliest().orElse(null);
                    if (day != null && (earliest == null || day.isBefore(earliest))) {
                        earliest = day;
                    }
                }
            }
        }
        return earliest == null ? null : days(start, earliest);
    }

    private static long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
