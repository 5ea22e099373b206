package io.claimtrail.claims.domain;

import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.common.Stats;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes a source's {@link TrackRecord} from its claims and their resolving transitions. */
@ApplicationScoped
public class TrackRecordService {

    private final ClaimQueries queries;
    private final Clock clock;

    public TrackRecordService(ClaimQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The source's record as the view sees it: its claims then, resolved by the view's day (today when none). */
    public Uni<TrackRecord> of(UUID sourceId, AsOf view) {
        LocalDate day = view.day() == null ? clock.today() : view.day();
        return queries.trackRows(sourceId, view).map(rows -> summarise(sourceId, rows, day));
    }

    static TrackRecord summarise(UUID sourceId, List<ClaimQueries.TrackRow> rows, LocalDate today) {
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        Map<ClaimKind, Long> byKind = new EnumMap<>(ClaimKind.class);
        long resolved = 0;
        long confirmed = 0;
        long expired = 0;
        List<Long> days = new ArrayList<>();
        for (ClaimQueries.TrackRow row : rows) {
            byStatus.merge(row.status(), 1L, Long::sum);
            byKind.merge(row.kind(), 1L, Long::sum);
            LocalDate resolvedOn = null;
            if (row.status().isResolved()) {
                resolved++;
                confirmed += row.status() == ClaimStatus.CONFIRMED ? 1 : 0;
                resolvedOn = row.resolvedOn();
            } else if (row.kind() == ClaimKind.FORECAST && row.resolvesByLatest() != null
                    && row.resolvesByLatest().isBefore(today)) {
                resolved++;
                expired++;
                resolvedOn = row.resolvesByLatest();
            }
            if (resolvedOn != null && row.statedEarliest() != null) {
                days.add(Math.max(0, ChronoUnit.DAYS.between(row.statedEarliest(), resolvedOn)));
            }
        }
        Double accuracy = resolved == 0 ? null : (double) confirmed / resolved;
        return new TrackRecord(sourceId, rows.size(), byStatus, byKind, resolved, confirmed, expired, accuracy,
                Stats.median(days));
    }

}
