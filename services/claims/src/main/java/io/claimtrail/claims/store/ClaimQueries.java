package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.Membership;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claim listing and the as-of views in SQL, served by the indexes of {@code V1__claims.sql}, the topics
 * index of {@code V5__topics_on_the_claim.sql}, those of {@code V10__evidence_speed.sql} (roll-ups, calibration) and
 * {@code V16__calibration_index_only.sql} (calibration); searches by {@link SearchWindow}. A claim's status
 * as of a day is the one set by its last recorded transition effective on or before that day (and, with knownAt,
 * recorded by then).
 */
@ApplicationScoped
public class ClaimQueries {

    /** Filters of a listing; null or empty means "any". A claim matches topics when it has any of them. */
    public record Filter(List<String> topics, UUID sourceId, ClaimStatus status, ClaimKind kind, String q,
            PartialDate statedFrom, PartialDate statedTo, AsOf view, boolean includeArchived, Boolean hasSuggestion,
            List<Membership.Window> members) {

        public Filter(List<String> topics, UUID sourceId, ClaimStatus status, ClaimKind kind, String q,
                PartialDate statedFrom, PartialDate statedTo, AsOf view, boolean includeArchived) {
            this(topics, sourceId, status, kind, q, statedFrom, statedTo, view, includeArchived, null, null);
        }

        /** The same filter, keeping the claims of these sources, each stated within its window (roll-up). */
        public Filter withMembers(List<Membership.Window> windows) {
            return new Filter(topics, sourceId, status, kind, q, statedFrom, statedTo, view, includeArchived,
                    hasSuggestion, windows);
        }

        public LocalDate asOf() {
            return view.day();
        }
    }

    /**
     * One page of claim ids in order and the number of all matches; for a search that matched more than its window
     * ({@link SearchWindow}), the window's size and {@code totalExact} false.
     */
    public record Hits(List<UUID> ids, long total, Boolean totalExact) {
    }

    /**
     * The status a claim stands on in a view: the last link of its chain (StatusChain.ORDER, last first) effective by
     * the day, else its first link. %1$s are the view's conditions on alias t.
     */
    private static final String STATE_AS_OF = """
            coalesce((SELECT t.to_status FROM claim_transition t
                       WHERE t.claim_id = c.id AND %1$s
                       ORDER BY (t.from_status IS NULL), t.effective_earliest DESC NULLS LAST,
                                t.effective_latest DESC NULLS FIRST, t.recorded_at DESC, t.id DESC LIMIT 1),
                     (SELECT t.to_status FROM claim_transition t WHERE t.claim_id = c.id AND t.from_status IS NULL
                       LIMIT 1))""";

    /** The listing's order: statedOn's earliest bound (open first), its latest bound, the id. */
    private static final String LISTING_ORDER = " ORDER BY c.stated_earliest NULLS FIRST, c.stated_latest, c.id";

    private final Pool pool;
    private final TermShares shares;

    public ClaimQueries(Pool pool, TermShares shares) {
        this.pool = pool;
        this.shares = shares;
    }

    public Uni<Hits> search(Filter filter, PageRequest pageRequest) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        AsOf.Sql view = filter.view().sql(params);
        // as known at a moment: the versions recorded then, with their topics, dates, archived flag and text
        boolean recorded = filter.view().knownAt() != null;
        String table = recorded ? "claim_version c" : "claim c";
        if (recorded) {
            where.append(" AND ").append(view.version("c"));
        }
        int q = 0;
        if (!filter.includeArchived()) {
            where.append(" AND NOT c.archived");
        }
        if (filter.topics() != null && !filter.topics().isEmpty()) {
            // claim.topics (V5) and its GIN index, which PostgreSQL can combine with the full-text index.
            where.append(" AND c.topics && $").append(add(params, filter.topics().toArray(String[]::new)))
                    .append("::text[]");
        }
        boolean search = filter.q() != null && !filter.q().isBlank();
        if (filter.members() != null && search) {
            where.append(" AND ").append(Membership.sql(filter.members(), params));
        } else if (filter.members() == null && filter.sourceId() != null) {
            where.append(" AND c.source_id = $").append(add(params, filter.sourceId()));
        }
        if (filter.kind() != null) {
            where.append(" AND c.kind = $").append(add(params, filter.kind().name()));
        }
        if (search) {
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
            where.append(" AND ").append(view.stated("c.stated_latest"));
        }
        if (filter.status() != null) {
            if (!filter.view().current()) {
                String conditions = view.stated("t.effective_latest") + " AND " + view.recorded("t.recorded_at")
                        + " AND " + view.notWithdrawn("t.withdrawn_at");
                where.append(" AND ").append(STATE_AS_OF.formatted(conditions))
                        .append(" = $").append(add(params, filter.status().name()));
            } else {
                where.append(" AND c.status = $").append(add(params, filter.status().name()));
            }
        }
        if (filter.hasSuggestion() != null) {
            // claim_suggestion (V7): the suggestion in force at the view's moment, by its partial index when current
            where.append(filter.hasSuggestion() ? " AND " : " AND NOT ").append("EXISTS (SELECT 1 FROM claim_suggestion s")
                    .append(" WHERE s.claim_id = c.id AND ").append(view.version("s")).append(")");
        }
        if (q > 0) {
            return SearchWindow.page(pool, shares, filter, table, where.toString(), params, q, pageRequest);
        }
        if (filter.members() != null) {
            return rolledUp(filter.members(), table, where.toString(), params, pageRequest);
        }
        // The page and the number of all matches, side by side on two connections: count(*) OVER () would sort every
        // match before the page is taken (the 200,000 claims of an institution's members, spilled to disk), where the
        // page alone keeps only its top rows (each statement about half the time of the one, on the bench).
        String page = "SELECT c.id FROM " + table + where + LISTING_ORDER
                + " LIMIT $" + (params.size() + 1) + " OFFSET $" + (params.size() + 2);
        List<Object> paged = new ArrayList<>(params);
        paged.add(pageRequest.size());
        paged.add(pageRequest.offset());
        return pageAndCount(page, paged, "SELECT count(*) FROM " + table + where, params);
    }

    private Uni<Hits> pageAndCount(String page, List<Object> paged, String count, List<Object> params) {
        Uni<RowSet<Row>> ids = pool.preparedQuery(page).execute(Tuple.from(paged));
        Uni<RowSet<Row>> all = pool.preparedQuery(count).execute(Tuple.from(params));
        return Uni.combine().all().unis(ids, all).asTuple().map(both -> {
            List<UUID> found = new ArrayList<>();
            both.getItem1().forEach(row -> found.add(row.getUUID(0)));
            return new Hits(found, both.getItem2().iterator().next().getLong(0), null);
        });
    }

    /**
     * A roll-up listing (includeMembers): the claims of each member's span ({@link Membership#joined}) from its own
     * scan of V12's (source_id, listing order) index. For the page, each scan stops after offset + size claims and
     * only those are sorted (about 20,000 of an institution of 1,000 members, instead of its 200,000 claims); the
     * count adds up one index count per span. A semi-join of all claims with the windows, as before, was planned
     * on a guess of a few thousand rows and sorted every match.
     */
    private Uni<Hits> rolledUp(List<Membership.Window> members, String table, String where, List<Object> params,
            PageRequest pageRequest) {
        Membership.Joined joined = Membership.joined(members, params);
        String claims = " FROM " + joined.spans() + " CROSS JOIN LATERAL (SELECT ";
        String matching = " FROM " + table + where + " AND " + joined.claimIn();
        String page = "SELECT c.id" + claims + "c.id, c.stated_earliest, c.stated_latest" + matching + LISTING_ORDER
                + " LIMIT $" + (params.size() + 1) + ") c" + LISTING_ORDER
                + " LIMIT $" + (params.size() + 2) + " OFFSET $" + (params.size() + 3);
        List<Object> paged = new ArrayList<>(params);
        paged.add(pageRequest.offset() + pageRequest.size());
        paged.add(pageRequest.size());
        paged.add(pageRequest.offset());
        String count = "SELECT coalesce(sum(x.n), 0)::bigint" + claims + "count(*) AS n" + matching + ") x";
        return pageAndCount(page, paged, count, params);
    }

    /** One claim of a source, reduced to what a track record needs. */
    public record TrackRow(UUID id, ClaimKind kind, ClaimStatus status, LocalDate statedEarliest,
            LocalDate resolvesByLatest, LocalDate resolvedOn, LocalDate confirmedOn, int credibilityWhenMade) {
    }

    /**
     * Every live claim of the source as the view sees it (recorded then, certainly stated by its day), with its
     * status then and the day its chain first resolved it (confirmed, refuted or retracted), if it did by then.
     */
    public Uni<List<TrackRow>> trackRows(UUID sourceId, AsOf view) {
        return trackRows(List.of(new Membership.Window(sourceId, null, null)), view);
    }

    /** As above for the claims of the sources in {@code windows}, each stated within its window ({@link Membership}). */
    public Uni<List<TrackRow>> trackRows(List<Membership.Window> windows, AsOf view) {
        List<Object> params = new ArrayList<>();
        String sources = Membership.sql(windows, params);
        AsOf.Sql sql = view.sql(params);
        String conditions = sql.stated("t.effective_latest") + " AND " + sql.recorded("t.recorded_at") + " AND "
                + sql.notWithdrawn("t.withdrawn_at");
        String status = view.current() ? "c.status" : STATE_AS_OF.formatted(conditions);
        String from = view.knownAt() == null ? "claim c" : "claim_version c";
        String query = "SELECT c.id, c.kind, " + status + ", c.stated_earliest, c.resolves_by_latest,"
                + " (SELECT min(t.effective_earliest) FROM claim_transition t WHERE t.claim_id = c.id"
                + " AND t.to_status IN ('CONFIRMED', 'REFUTED', 'RETRACTED') AND " + conditions + ") AS resolved_on,"
                + " (SELECT min(t.effective_earliest) FROM claim_transition t WHERE t.claim_id = c.id"
                + " AND t.to_status = 'CONFIRMED' AND " + conditions + ") AS confirmed_on,"
                // the credibility it was entered with: the first link, never withdrawn
                + " (SELECT t.credibility FROM claim_transition t WHERE t.claim_id = c.id AND t.from_status IS NULL"
                + " LIMIT 1) AS made_with"
                + " FROM " + from + " WHERE " + sources + " AND NOT c.archived"
                + (view.knownAt() == null ? "" : " AND " + sql.version("c"))
                + (view.day() == null ? "" : " AND " + sql.stated("c.stated_latest"));
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<TrackRow> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new TrackRow(row.getUUID(0), ClaimKind.valueOf(row.getString(1)),
                        ClaimStatus.valueOf(row.getString(2)), row.getLocalDate(3), row.getLocalDate(4),
                        row.getLocalDate(5), row.getLocalDate(6), row.getInteger(7)));
            }
            return list;
        });
    }

    /** How many claims rated {@code credibility} before their verdict ended {@code outcome} (CONFIRMED or REFUTED). */
    public record CalibrationRow(int credibility, ClaimStatus outcome, long claims) {
    }

    /**
     * The live claims (with any of the topics, if given) that stand CONFIRMED or REFUTED in the view, counted by the
     * credibility they were rated with before their first verdict (the last non-verdict link effective by it) and by
     * the verdict.
     * <p>
     * Set-based, in one pass over the transitions instead of two sub-queries per claim: a chain is its first link
     * and the links after it, and the last in chain order ({@link #STATE_AS_OF}) is the last link after the first
     * when there is one in the view, else the first. Links after the first are few (V10's partial index), so each
     * claim's standing link and its rating before the verdict come from small DISTINCT ON sets joined by hash.
     */
    public Uni<List<CalibrationRow>> calibration(List<String> topics, AsOf view) {
        List<Object> params = new ArrayList<>();
        AsOf.Sql sql = view.sql(params);
        String from = view.knownAt() == null ? "claim c" : "claim_version c";
        StringBuilder where = new StringBuilder(" WHERE NOT c.archived");
        if (view.knownAt() != null) {
            where.append(" AND ").append(sql.version("c"));
        }
        if (view.day() != null) {
            where.append(" AND ").append(sql.stated("c.stated_latest"));
        }
        if (topics != null && !topics.isEmpty()) {
            where.append(" AND c.topics && $").append(add(params, topics.toArray(String[]::new))).append("::text[]");
        }
        String later = "t.from_status IS NOT NULL AND " + linkSeen(sql, "t");
        String lastFirst = " ORDER BY t.claim_id, t.effective_earliest DESC NULLS LAST, t.effective_latest DESC NULLS FIRST,"
                + " t.recorded_at DESC, t.id DESC)";
        String query = "WITH verdict AS (SELECT t.claim_id, min(t.effective_earliest) AS day FROM claim_transition t"
                + " WHERE t.to_status IN ('CONFIRMED', 'REFUTED') AND " + linkSeen(sql, "t") + " GROUP BY t.claim_id),"
                // the rating before the verdict from a link after the first, where there is one
                + " rated AS (SELECT DISTINCT ON (t.claim_id) t.claim_id, t.credibility FROM claim_transition t"
                + " JOIN verdict v ON v.claim_id = t.claim_id WHERE " + later
                + " AND t.to_status NOT IN ('CONFIRMED', 'REFUTED', 'RETRACTED') AND t.effective_earliest <= v.day"
                + lastFirst
                + (view.current() ? "" : ", standing AS (SELECT DISTINCT ON (t.claim_id) t.claim_id, t.to_status"
                        + " FROM claim_transition t WHERE " + later + lastFirst)
                + " SELECT rating, outcome, count(*) FROM (SELECT "
                + (view.current() ? "c.status" : "coalesce(s.to_status, f.to_status)") + " AS outcome,"
                + " coalesce(r.credibility, CASE WHEN f.to_status NOT IN ('CONFIRMED', 'REFUTED', 'RETRACTED') AND "
                + linkSeen(sql, "f") + " THEN f.credibility END) AS rating"
                + " FROM " + from + " LEFT JOIN claim_transition f ON f.claim_id = c.id AND f.from_status IS NULL"
                + " LEFT JOIN rated r ON r.claim_id = c.id"
                + (view.current() ? "" : " LEFT JOIN standing s ON s.claim_id = c.id")
                + where + ") x WHERE outcome IN ('CONFIRMED', 'REFUTED') AND rating IS NOT NULL"
                + " GROUP BY rating, outcome ORDER BY rating, outcome";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<CalibrationRow> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new CalibrationRow(row.getInteger(0), ClaimStatus.valueOf(row.getString(1)), row.getLong(2)));
            }
            return list;
        });
    }

    /** A transition (alias {@code t}) the view sees: effective by its day, recorded by its moment, not withdrawn then. */
    private static String linkSeen(AsOf.Sql sql, String t) {
        return sql.stated(t + ".effective_latest") + " AND " + sql.recorded(t + ".recorded_at") + " AND "
                + sql.notWithdrawn(t + ".withdrawn_at");
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
