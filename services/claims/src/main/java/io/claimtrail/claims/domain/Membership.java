package io.claimtrail.claims.domain;

import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.common.date.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one home of "who spoke for a source on the day of a claim" (roll-up with includeMembers, lines of evidence):
 * an affiliation counts for a claim when its dates may overlap the claim's statedOn ({@link PartialDate#overlaps}),
 * and through any depth a member's window is the intersection of the windows along its path, each path walked once
 * (cycle-safe). {@link #sql} and {@link #joined} say the same in SQL; {@code MembershipTest} and {@code RollUpTest}
 * check them.
 */
public final class Membership {

    /** At most this many windows in one roll-up: an institution of 1,000 members over a few levels fits. */
    public static final int MAX_WINDOWS = 20_000;

    /** A source whose claims count for the institution when stated in [from, to] (null: open). */
    public record Window(UUID sourceId, LocalDate from, LocalDate to) {
    }

    private Membership() {
    }

    /** An affiliation from {@code from} to {@code to} counts for a claim stated on {@code stated}. */
    public static boolean inForce(PartialDate from, PartialDate to, PartialDate stated) {
        return stated.overlaps(from == null ? null : from.earliest().orElse(null),
                to == null ? null : to.latest().orElse(null));
    }

    /**
     * The speaker and every institution it spoke for on {@code stated} (null: on some day), at any depth, each link
     * of the path in force then: whose claims are the speaker's own when matching a claim (claim matching).
     */
    public static Set<UUID> speakingFor(UUID speaker, PartialDate stated, Map<UUID, SourceSummary> network) {
        Set<UUID> found = new LinkedHashSet<>();
        found.add(speaker);
        List<UUID> frontier = new ArrayList<>(List.of(speaker));
        while (!frontier.isEmpty() && found.size() < MAX_WINDOWS) {
            SourceSummary source = network.get(frontier.remove(frontier.size() - 1));
            if (source == null) {
                continue;
            }
            for (SourceSummary.Link link : source.affiliationsOrEmpty()) {
                boolean inForce = stated == null || inForce(PartialDate.parseNullable(link.from()),
                        PartialDate.parseNullable(link.to()), stated);
                if (inForce && link.parentId() != null && found.add(link.parentId())) {
                    frontier.add(link.parentId());
                }
            }
        }
        return found;
    }

    /** The institution itself (always) and every member at any depth with its window, from the sources' links. */
    public static List<Window> windows(UUID root, Map<UUID, SourceSummary> network) {
        Map<UUID, List<Window>> children = new HashMap<>();
        network.values().forEach(source -> source.affiliationsOrEmpty().forEach(link -> {
            PartialDate from = PartialDate.parseNullable(link.from());
            PartialDate to = PartialDate.parseNullable(link.to());
            children.computeIfAbsent(link.parentId(), k -> new ArrayList<>()).add(new Window(source.id(),
                    from == null ? null : from.earliest().orElse(null), to == null ? null : to.latest().orElse(null)));
        }));
        List<Window> found = new ArrayList<>();
        Window self = new Window(root, null, null);
        found.add(self);
        walk(self, children, new HashSet<>(Set.of(root)), found);
        return found;
    }

    private static void walk(Window parent, Map<UUID, List<Window>> children, Set<UUID> path, List<Window> found) {
        for (Window link : children.getOrDefault(parent.sourceId(), List.of())) {
            if (found.size() >= MAX_WINDOWS || path.contains(link.sourceId())) {
                continue;
            }
            LocalDate from = later(parent.from(), link.from());
            LocalDate to = earlier(parent.to(), link.to());
            if (from != null && to != null && from.isAfter(to)) {
                continue;
            }
            Window window = new Window(link.sourceId(), from, to);
            found.add(window);
            path.add(link.sourceId());
            walk(window, children, path, found);
            path.remove(link.sourceId());
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /**
     * A window of one source made disjoint from that source's other windows ({@link #disjoint}): a claim that may
     * overlap it counts in it unless its earliest day is on or before {@code after} (null: none), the end of the
     * source's previous window, which the claim then overlaps and counts in.
     */
    public record Span(UUID sourceId, LocalDate from, LocalDate to, LocalDate after) {
    }

    /**
     * The windows merged per source where they overlap, in order of their start, each knowing where the source's
     * previous one ended: every claim that counts falls in exactly one span (a claim may overlap two disjoint
     * windows when its statedOn spans the gap between them; it counts in the first).
     */
    public static List<Span> disjoint(List<Window> windows) {
        Map<UUID, List<Window>> bySource = new LinkedHashMap<>();
        windows.forEach(w -> bySource.computeIfAbsent(w.sourceId(), k -> new ArrayList<>()).add(w));
        List<Span> spans = new ArrayList<>();
        bySource.forEach((sourceId, own) -> {
            own.sort(Comparator.comparing(Window::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            List<Window> merged = new ArrayList<>();
            for (Window w : own) {
                Window last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && (last.to() == null || w.from() == null || !w.from().isAfter(last.to()))) {
                    merged.set(merged.size() - 1, new Window(sourceId, last.from(),
                            last.to() == null || w.to() == null ? null : later(last.to(), w.to())));
                } else {
                    merged.add(w);
                }
            }
            LocalDate after = null;
            for (Window w : merged) {
                spans.add(new Span(sourceId, w.from(), w.to(), after));
                after = w.to();
            }
        });
        return spans;
    }

    /**
     * The same rule as a set to join, for reads that take each source's claims in their own ordered index scan (a
     * LATERAL subquery per span, where a LIMIT stops each scan after a page): {@code spans}, a FROM item with one
     * row per {@link Span} aliased {@code m}, and {@code claimIn}, the condition on a claim aliased {@code c} to
     * count in span {@code m}. Adds its four array parameters to {@code params}.
     */
    public record Joined(String spans, String claimIn) {
    }

    /** See {@link Joined}. */
    public static Joined joined(List<Window> windows, List<Object> params) {
        List<Span> spans = disjoint(windows);
        params.add(spans.stream().map(Span::sourceId).toArray(UUID[]::new));
        int s = params.size();
        params.add(spans.stream().map(Span::from).toArray(LocalDate[]::new));
        params.add(spans.stream().map(Span::to).toArray(LocalDate[]::new));
        params.add(spans.stream().map(Span::after).toArray(LocalDate[]::new));
        return new Joined("unnest($" + s + "::uuid[], $" + (s + 1) + "::date[], $" + (s + 2) + "::date[], $" + (s + 3)
                + "::date[]) AS m(source_id, from_day, to_day, after_day)",
                "c.source_id = m.source_id"
                        + " AND (m.to_day IS NULL OR c.stated_earliest IS NULL OR c.stated_earliest <= m.to_day)"
                        + " AND (m.from_day IS NULL OR c.stated_latest IS NULL OR c.stated_latest >= m.from_day)"
                        + " AND (m.after_day IS NULL OR c.stated_earliest > m.after_day)");
    }

    /**
     * The same rule in SQL for claims aliased {@code c}: its source is one of the windows' and its statedOn may
     * overlap that window. Adds its three array parameters (and one for the index) to {@code params}.
     */
    public static String sql(List<Window> windows, List<Object> params) {
        params.add(windows.stream().map(Window::sourceId).distinct().toArray(UUID[]::new));
        int ids = params.size();
        params.add(windows.stream().map(Window::sourceId).toArray(UUID[]::new));
        params.add(windows.stream().map(Window::from).toArray(LocalDate[]::new));
        params.add(windows.stream().map(Window::to).toArray(LocalDate[]::new));
        int s = ids + 1;
        return "c.source_id = ANY($" + ids + ") AND EXISTS (SELECT 1 FROM unnest($" + s + "::uuid[], $" + (s + 1)
                + "::date[], $" + (s + 2) + "::date[]) AS m(source_id, from_day, to_day) WHERE m.source_id = c.source_id"
                + " AND (m.to_day IS NULL OR c.stated_earliest IS NULL OR c.stated_earliest <= m.to_day)"
                + " AND (m.from_day IS NULL OR c.stated_latest IS NULL OR c.stated_latest >= m.from_day))";
    }
}
