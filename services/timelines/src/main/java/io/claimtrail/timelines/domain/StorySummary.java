package io.claimtrail.timelines.domain;

import io.claimtrail.common.Stats;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a story amounts to at a time: claims by status, the first report of each cluster of claims that repeat or
 * back one another (SUPPORTS, CITES, DUPLICATES, UPDATES) with who followed how many days later and how long until
 * the first dispute, confirmation and refutation, per source how often it was first (and right), and lead times
 * from first appearance to confirmation.
 */
@Schema(name = "TimelineSummary")
public record StorySummary(UUID timelineId, LocalDate asOf, int events, int claims, Map<String, Integer> byStatus,
        List<Cluster> clusters, List<LeadTime> leadTimes, Double medianLeadDays, boolean degraded,
        List<String> warnings,
        @Schema(description = "Per source over the clusters: how often it reported, how often first, how often its "
                + "first reports were later confirmed") List<LeadLag.SourceLead> sources) {

    private static final Set<String> SAME_LINE = Set.of("SUPPORTS", "CITES", "DUPLICATES", "UPDATES");

    /**
     * Claims that are one line of evidence, the one that reported it first, each later source's lag in days, and
     * the days from the first report to the first dispute, confirmation and refutation ({@link LeadLag}).
     */
    public record Cluster(List<UUID> claimIds, FirstReport firstReport, List<LeadLag.Lag> lags,
            Long daysToFirstDispute, Long daysToFirstConfirmation, Long daysToFirstRefutation) {
    }

    public record FirstReport(UUID claimId, String text, UUID sourceId, String sourceName, PartialDate statedOn) {
    }

    /** Days from the claim's first appearance (else its statedOn) to its confirmation. */
    public record LeadTime(UUID claimId, String firstAppeared, String confirmedOn, long days) {
    }

    public static StorySummary of(Assembled assembled) {
        List<Entry> claims = assembled.entries().stream().filter(e -> e.type() == Entry.Type.CLAIM).toList();
        Map<String, Integer> byStatus = new TreeMap<>();
        claims.forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
        List<LeadTime> leadTimes = claims.stream().map(StorySummary::leadTime).filter(l -> l != null).toList();
        List<List<Entry>> groups = groups(claims);
        return new StorySummary(assembled.timeline().id, assembled.asOf(),
                assembled.entries().size() - claims.size(), claims.size(), byStatus,
                groups.stream().map(StorySummary::cluster).toList(), leadTimes,
                Stats.median(leadTimes.stream().map(LeadTime::days).toList()), assembled.degraded(), assembled.warnings(),
                LeadLag.bySource(groups));
    }

    private static Cluster cluster(List<Entry> members) {
        Entry first = members.stream().min(Entry.CHRONOLOGICAL).orElseThrow();
        LeadLag.Timing timing = LeadLag.of(members);
        return new Cluster(members.stream().map(Entry::id).toList(), new FirstReport(first.id(), first.text(),
                first.source().id(), first.source().name(), first.date()), timing.lags(), timing.daysToFirstDispute(),
                timing.daysToFirstConfirmation(), timing.daysToFirstRefutation());
    }

    private static List<List<Entry>> groups(List<Entry> claims) {
        Map<UUID, UUID> parent = new HashMap<>();
        claims.forEach(c -> parent.put(c.id(), c.id()));
        for (Entry claim : claims) {
            if (claim.relations() == null) {
                continue;
            }
            for (StoryPage.Link link : claim.relations()) {
                if (SAME_LINE.contains(link.type()) && parent.containsKey(link.otherClaimId())) {
                    parent.put(root(parent, claim.id()), root(parent, link.otherClaimId()));
                }
            }
        }
        Map<UUID, List<Entry>> groups = new LinkedHashMap<>();
        claims.forEach(c -> groups.computeIfAbsent(root(parent, c.id()), k -> new ArrayList<>()).add(c));
        return List.copyOf(groups.values());
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID at = id;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static LeadTime leadTime(Entry claim) {
        if (!"CONFIRMED".equals(claim.status()) || claim.history() == null) {
            return null;
        }
        StoryPage.Move confirmation = claim.history().stream().filter(m -> "CONFIRMED".equals(m.to())).findFirst().orElse(null);
        if (confirmation == null) {
            return null;
        }
        String appeared = claim.firstAppearance() != null && claim.firstAppearance().publishedOn() != null
                ? claim.firstAppearance().publishedOn() : claim.date().text();
        LocalDate from = PartialDate.parse(appeared).earliest().orElse(null);
        LocalDate to = PartialDate.parse(confirmation.effectiveOn()).earliest().orElse(null);
        if (from == null || to == null) {
            return null;
        }
        return new LeadTime(claim.id(), appeared, confirmation.effectiveOn(), Math.max(0, ChronoUnit.DAYS.between(from, to)));
    }

}
