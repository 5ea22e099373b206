package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.ClaimSuggestion;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The suggestions of claims (V7), each a version recorded from when it was drawn until it was replaced. */
@ApplicationScoped
public class SuggestionRows {

    /** A suggestion's columns for a table aliased {@code s}, in the order {@link #suggestion(Row, int)} reads them. */
    static final String SUGGESTION_COLUMNS = "s.id, s.claim_id, s.to_status, s.credibility, s.status_rule, "
            + "s.credibility_rule, s.recorded_from";
    private static final String COLUMNS = "SELECT " + SUGGESTION_COLUMNS + " FROM claim_suggestion s ";

    private final Pool pool;

    public SuggestionRows(Pool pool) {
        this.pool = pool;
    }

    /** The suggestion of each of these claims in force at the view's moment (now when none). */
    public Uni<Map<UUID, ClaimSuggestion>> of(Collection<UUID> claimIds, AsOf view) {
        if (claimIds.isEmpty() || !ClaimSuggestion.shownIn(view)) {
            return Uni.createFrom().item(Map.of());
        }
        List<Object> params = new ArrayList<>();
        params.add(claimIds.stream().distinct().toArray(UUID[]::new));
        String sql = COLUMNS + "WHERE s.claim_id = ANY($1) AND " + view.sql(params).version("s");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            Map<UUID, ClaimSuggestion> found = new HashMap<>();
            rows.forEach(row -> found.put(row.getUUID(1), suggestion(row, 0)));
            return found;
        });
    }

    /**
     * Makes {@code next} the claim's suggestion from {@code at} (null: none): the one in force is closed unless it
     * gives the same advice, in which case nothing is written.
     */
    public Uni<Void> replace(UUID claimId, ClaimSuggestion next, Instant at) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(COLUMNS + "WHERE s.claim_id = $1 AND s.recorded_to IS NULL FOR UPDATE")
                .execute(Tuple.of(claimId)).chain(rows -> {
                    ClaimSuggestion current = rows.size() == 0 ? null : suggestion(rows.iterator().next(), 0);
                    if (next == null ? current == null : next.sameAs(current)) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<?> close = current == null ? Uni.createFrom().voidItem() : connection
                            .preparedQuery("UPDATE claim_suggestion SET recorded_to = $2 WHERE id = $1")
                            .execute(Tuple.of(current.id(), at.atOffset(ZoneOffset.UTC)));
                    return close.chain(() -> next == null ? Uni.createFrom().voidItem() : connection
                            .preparedQuery("INSERT INTO claim_suggestion (id, claim_id, to_status, credibility, "
                                    + "status_rule, credibility_rule, recorded_from) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                            .execute(Tuple.tuple(List.of(next.id(), claimId, next.status().name(),
                                    (short) next.credibility(), next.statusRule(), next.credibilityRule(),
                                    at.atOffset(ZoneOffset.UTC))))
                            .replaceWithVoid()).replaceWithVoid();
                }));
    }

    /** The suggestion in {@link #SUGGESTION_COLUMNS} from column {@code from}; null when its id is (none joined). */
    static ClaimSuggestion suggestion(Row row, int from) {
        if (row.getUUID(from) == null) {
            return null;
        }
        return new ClaimSuggestion(row.getUUID(from), row.getUUID(from + 1), ClaimStatus.valueOf(row.getString(from + 2)),
                row.getInteger(from + 3), row.getString(from + 4), row.getString(from + 5),
                row.getOffsetDateTime(from + 6).toInstant());
    }
}
