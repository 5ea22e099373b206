package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.common.Stats;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes a source's {@link TrackRecord} from its claims and their resolving transitions, by {@link Scoring}. */
@ApplicationScoped
public class TrackRecordService {

    private static final int MAX_LEADS = 100;

    private final ClaimQueries queries;
    private final RollUp rollUp;
    private final Clock clock;

    public TrackRecordService(ClaimQueries queries, RollUp rollUp, Clock clock) {
        this.queries = queries;
        this.rollUp = rollUp;
        this.clock = clock;
    }

    /**
     * The source's record as the view sees it: its claims then, resolved by the view's day (today when none); with
     * members, also the claims of whoever spoke for it on each claim's statedOn (one call to the sources service).
     */
    public Uni<TrackRecord> of(UUID sourceId, AsOf view, boolean includeMembers) {
        LocalDate day = view.day() == null ? clock.today() : view.day();
        return rollUp.windows(sourceId, view, includeMembers).chain(found -> queries.trackRows(found, view)
                .map(rows -> summarise(sourceId, rows, day, view.day(), includeMembers, found.size() - 1)));
    }

    /** The analysts' calibration over the claims (with any of the topics) resolved in the view. */
    public Uni<Calibration> calibration(List<String> topics, AsOf view) {
        return queries.calibration(topics, view).map(rows -> Calibration.of(view.day(), topics, rows));
    }

    static TrackRecord summarise(UUID sourceId, List<ClaimQueries.TrackRow> rows, LocalDate today) {
        return summarise(sourceId, rows, today, null, false, 0);
    }

    static TrackRecord summarise(UUID sourceId, List<ClaimQueries.TrackRow> rows, LocalDate today, LocalDate asOf,
            boolean includeMembers, int members) {
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        Map<ClaimKind, Long> byKind = new EnumMap<>(ClaimKind.class);
        long confirmed = 0;
        long refuted = 0;
        long retracted = 0;
        long expired = 0;
        double brierSum = 0;
        long brierCount = 0;
        List<Long> days = new ArrayList<>();
        List<TrackRecord.Lead> leads = new ArrayList<>();
        for (ClaimQueries.TrackRow row : rows) {
            byStatus.merge(row.status(), 1L, Long::sum);
            byKind.merge(row.kind(), 1L, Long::sum);
            Boolean cameTrue = null;
            LocalDate resolvedOn = null;
            switch (row.status()) {
                case CONFIRMED -> {
                    confirmed++;
                    cameTrue = true;
                    resolvedOn = row.resolvedOn();
                }
                case REFUTED -> {
                    refuted++;
                    cameTrue = false;
                    resolvedOn = row.resolvedOn();
                }
                case RETRACTED -> retracted++;
                default -> {
                    if (row.kind() == ClaimKind.FORECAST && row.resolvesByLatest() != null
                            && row.resolvesByLatest().isBefore(today)) {
                        expired++;
                        cameTrue = false;
                    }
                }
            }
            if (cameTrue != null) {
                var probability = Scoring.probability(row.credibilityWhenMade());
                if (probability.isPresent()) {
                    brierSum += Scoring.brier(probability.getAsDouble(), cameTrue);
                    brierCount++;
                }
            }
            if (resolvedOn != null && row.statedEarliest() != null) {
                days.add(Math.max(0, ChronoUnit.DAYS.between(row.statedEarliest(), resolvedOn)));
            }
            if (row.status() == ClaimStatus.CONFIRMED && row.confirmedOn() != null && row.statedEarliest() != null) {
                leads.add(new TrackRecord.Lead(row.id(), row.statedEarliest(), row.confirmedOn(),
                        Math.max(0, ChronoUnit.DAYS.between(row.statedEarliest(), row.confirmedOn()))));
            }
        }
        long resolved = confirmed + refuted;
        Scoring.Estimate accuracy = Scoring.accuracy(confirmed, resolved);
        leads.sort(Comparator.comparingLong(TrackRecord.Lead::days).reversed().thenComparing(TrackRecord.Lead::claimId));
        TrackRecord.LeadTimes leadTimes = new TrackRecord.LeadTimes(leads.size(),
                Stats.median(leads.stream().map(TrackRecord.Lead::days).toList()),
                List.copyOf(leads.subList(0, Math.min(MAX_LEADS, leads.size()))));
        return new TrackRecord(sourceId, asOf, includeMembers, members, rows.size(), byStatus, byKind, resolved,
                confirmed, refuted, retracted, expired, accuracy.raw(), accuracy,
                new TrackRecord.Brier(brierCount, brierCount == 0 ? null : brierSum / brierCount), leadTimes,
                Stats.median(days));
    }
}
