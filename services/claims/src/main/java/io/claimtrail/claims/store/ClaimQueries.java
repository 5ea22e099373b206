package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.date.PartialDate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claim listing and the as-of views in SQL, served by the indexes of {@code V1__claims.sql} and the topics
 * index of {@code V5__topics_on_the_claim.sql}; searches by {@link SearchWindow}. A claim's status
 * as of a day is the one set by its last recorded transition effective on or before that day (and, with knownAt,
 * recorded by then).
 */
@ApplicationScoped
public class ClaimQueries {

    /** Filters of a listing; null or empty means "any". A claim matches topics when it has any of them. */
    public record Filter(List<String> topics, UUID sourceId, ClaimStatus status, ClaimKind kind, String q,
            PartialDate statedFrom, PartialDate statedTo, LocalDate asOf, Instant knownAt, boolean includeArchived) {

        public boolean historical() {
            return asOf != null || knownAt != null;
        }
    }

    /**
     * One page of claim ids in order and the number of all matches; for a search that matched more than its window
     * ({@link SearchWindow}), the window's size and {@code totalExact} false.
     */
    public record Hits(List<UUID> ids, long total, Boolean totalExact) {
    }

    /** A claim's status and credibility at some point. */
    public record State(ClaimStatus status, int credibility) {
    }

    private static final String STATE_AS_OF = """
            (SELECT t.%s FROM claim_transition t
              WHERE t.claim_id = c.id
                AND ($%d::date IS NULL OR t.effective_latest <= $%d::date)
                AND ($%d::timestamptz IS NULL OR t.recorded_at <= $%d::timestamptz)
              ORDER BY t.recorded_at DESC, t.id DESC LIMIT 1)""";

    private final Pool pool;

    public ClaimQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Hits> search(Filter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        int q = 0;
        if (!filter.includeArchived()) {
            where.append(" AND NOT c.archived");
        }
        if (filter.topics() != null && !filter.topics().isEmpty()) {
            // claim.topics (V5) and its GIN index, which PostgreSQL can combine with the full-text index.
            where.append(" AND c.topics && $").append(add(params, filter.topics().toArray(String[]::new)))
                    .append("::text[]");
        }
        if (filter.sourceId() != null) {
            where.append(" AND c.source_id = $").append(add(params, filter.sourceId()));
        }
        if (filter.kind() != null) {
            where.append(" AND c.kind = $").append(add(params, filter.kind().name()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            q = add(params, filter.q());
            where.append(" AND c.search @@ websearch_to_tsquery('english', $").append(q).append(")");
        }
        if (filter.statedFrom() != null && filter.statedFrom().earliest().isPresent()) {
            where.append(" AND (c.stated_latest IS NULL OR c.stated_latest >= $")
                    .append(add(params, filter.statedFrom().earliest().get())).append(")");
        }
        if (filter.statedTo() != null && filter.statedTo().latest().isPresent()) {
            where.append(" AND (c.stated_earliest IS NULL OR c.stated_earliest <= $")
                    .append(add(params, filter.statedTo().latest().get())).append(")");
        }
        if (filter.asOf() != null) {
            where.append(" AND c.stated_latest <= $").append(add(params, filter.asOf()));
        }
        if (filter.knownAt() != null) {
            where.append(" AND c.created_at <= $").append(add(params, filter.knownAt().atOffset(ZoneOffset.UTC)));
        }
        if (filter.status() != null) {
            if (filter.historical()) {
                int asOf = add(params, filter.asOf());
                int knownAt = add(params, filter.knownAt() == null ? null : filter.knownAt().atOffset(ZoneOffset.UTC));
                where.append(" AND ").append(STATE_AS_OF.formatted("to_status", asOf, asOf, knownAt, knownAt))
                        .append(" = $").append(add(params, filter.status().name()));
            } else {
                where.append(" AND c.status = $").append(add(params, filter.status().name()));
            }
        }
        if (q > 0) {
            return SearchWindow.page(pool, filter, where.toString(), params, q, page);
        }
        String order = " ORDER BY c.stated_earliest NULLS FIRST, c.stated_latest, c.id";
        String sql = "SELECT c.id, count(*) OVER () AS total FROM claim c" + where + order
                + " LIMIT $" + add(params, page.size()) + " OFFSET $" + add(params, page.offset());
        return pool.preparedQuery(sql).execute(Tuple.from(params)).chain(rows -> {
            List<UUID> ids = new ArrayList<>();
            long total = -1;
            for (Row row : rows) {
                ids.add(row.getUUID(0));
                total = row.getLong(1);
            }
            if (total >= 0 || page.offset() == 0) {
                return Uni.createFrom().item(new Hits(ids, Math.max(total, 0), null));
            }
            String count = "SELECT count(*) FROM claim c" + where;
            return pool.preparedQuery(count).execute(Tuple.from(params.subList(0, params.size() - 2)))
                    .map(counted -> new Hits(ids, counted.iterator().next().getLong(0), null));
        });
    }

    /** The status and credibility of each claim as of a day and/or as known at a moment. */
    public Uni<Map<UUID, State>> statesAsOf(Collection<UUID> claimIds, LocalDate asOf, Instant knownAt) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = """
                SELECT DISTINCT ON (claim_id) claim_id, to_status, credibility FROM claim_transition
                 WHERE claim_id = ANY($1)
                   AND ($2::date IS NULL OR effective_latest <= $2::date)
                   AND ($3::timestamptz IS NULL OR recorded_at <= $3::timestamptz)
                 ORDER BY claim_id, recorded_at DESC, id DESC""";
        Tuple params = Tuple.of(claimIds.toArray(UUID[]::new), asOf,
                knownAt == null ? null : knownAt.atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            Map<UUID, State> states = new HashMap<>();
            for (Row row : rows) {
                states.put(row.getUUID(0), new State(ClaimStatus.valueOf(row.getString(1)), row.getInteger(2)));
            }
            return states;
        });
    }

    /** One claim of a source, reduced to what a track record needs. */
    public record TrackRow(UUID id, ClaimKind kind, ClaimStatus status, LocalDate statedEarliest,
            LocalDate resolvesByLatest, LocalDate resolvedOn) {
    }

    /** Every live claim of the source with the day it was first resolved (confirmed, refuted or retracted), if ever. */
    public Uni<List<TrackRow>> trackRows(UUID sourceId) {
        String sql = """
                SELECT c.id, c.kind, c.status, c.stated_earliest, c.resolves_by_latest,
                       (SELECT min(t.effective_earliest) FROM claim_transition t
                         WHERE t.claim_id = c.id AND t.to_status IN ('CONFIRMED', 'REFUTED', 'RETRACTED')) AS resolved_on
                  FROM claim c WHERE c.source_id = $1 AND NOT c.archived""";
        return pool.preparedQuery(sql).execute(Tuple.of(sourceId)).map(rows -> {
            List<TrackRow> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new TrackRow(row.getUUID(0), ClaimKind.valueOf(row.getString(1)),
                        ClaimStatus.valueOf(row.getString(2)), row.getLocalDate(3), row.getLocalDate(4),
                        row.getLocalDate(5)));
            }
            return list;
        });
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
