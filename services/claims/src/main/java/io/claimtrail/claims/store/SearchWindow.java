package io.claimtrail.claims.store;

import io.claimtrail.common.api.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A full-text search of claims considers a bounded window: its {@link #SIZE} most recent matches (statedOn's
 * earliest bound latest first, open starts last; then the latest bound and the id, descending), ranked best match
 * first. Beyond the window it only knows that there are more, so neither ranking nor counting grows with the
 * number of matches.
 * <p>
 * When every word of q (and the topics, if any) is common, the window is first looked for among the
 * {@link #RECENT} most recent claims, read backwards along {@code claim_stated_order} until the window is full: a
 * common word fills it after a few thousand rows, where the full-text index would have to list all its claims.
 * Otherwise, or when the window is not full there (common words that seldom meet), all matches are sorted; the
 * full-text index, or the index of a narrow filter, then keeps them few (topics: claim.topics, whose index PostgreSQL
 * combines with the full-text one, so that a word and a topic that never meet cost two index reads, about 60 ms in
 * the bench, on top of the recent claims). PostgreSQL's own choice between the two is
 * no help: it multiplies the shares of the conditions, so it takes common words that always meet for rare ones
 * (sorting 125,000 matches), and a word and a topic that never meet for common ones (reading all 1M claims of the
 * bench in order: 2.7 s).
 */
public final class SearchWindow {

    public static final int SIZE = 1000;
    static final int RECENT = 20 * SIZE;
    /** The share of the claims a word or the topics must have for the window to be expected among the recent ones. */
    private static final double COMMON = (SIZE + 1.0) / RECENT;

    private static final String RECENT_FIRST = "stated_earliest DESC NULLS LAST, stated_latest DESC, id DESC";
    /** The same order for claims with an earliest bound: a backward scan of claim_stated_order. */
    private static final String BACKWARDS = "stated_earliest DESC, stated_latest DESC, id DESC";

    private record Found(long matches, List<UUID> ids) {
    }

    private SearchWindow() {
    }

    /**
     * One page of the window of the claims matching {@code where} (on table alias {@code c}, with its
     * {@code params}); {@code q} is the number of the parameter holding the query text.
     */
    static Uni<ClaimQueries.Hits> page(Pool pool, ClaimQueries.Filter filter, String table, String where,
            List<Object> params, int q, PageRequest page) {
        List<Object> recentParams = new ArrayList<>(params);
        String recent = "(SELECT * FROM claim WHERE " + bounds(filter, recentParams) + " ORDER BY " + BACKWARDS
                + " LIMIT " + RECENT + ") c";
        Supplier<Uni<Found>> all = () -> find(pool, table, where, RECENT_FIRST, new ArrayList<>(params), q, page);
        Supplier<Uni<Found>> recentFirst = () -> find(pool, recent, where, BACKWARDS,
                recentParams, q, page).chain(found -> found.matches() > SIZE ? Uni.createFrom().item(found) : all.get());
        // The versions recorded at a past moment (table claim_version) have no recent-first index: all matches.
        Uni<Boolean> recentFirstPays = filter.view().knownAt() != null ? Uni.createFrom().item(false)
                : CommonTerms.common(pool, filter.q(), filter.topics(), COMMON);
        return recentFirstPays
                .chain(common -> common ? recentFirst.get() : all.get())
                .map(found -> found.matches() > SIZE ? new ClaimQueries.Hits(found.ids(), SIZE, false)
                        : new ClaimQueries.Hits(found.ids(), found.matches(), null));
    }

    /**
     * Conditions on the indexed columns that no match can fail; inside the recent claims they skip claims that
     * cannot match instead of spending the bound on them.
     */
    private static String bounds(ClaimQueries.Filter filter, List<Object> params) {
        StringBuilder bounds = new StringBuilder("stated_earliest IS NOT NULL");
        if (filter.sourceId() != null && filter.members() == null) {
            // with members (roll-up), the source conditions are in the where clause only
            params.add(filter.sourceId());
            bounds.append(" AND source_id = $").append(params.size());
        }
        if (filter.statedTo() != null && filter.statedTo().latest().isPresent()) {
            params.add(filter.statedTo().latest().get());
            bounds.append(" AND stated_earliest <= $").append(params.size());
        }
        if (filter.asOf() != null) {
            // stated_latest <= asOf, and the earliest bound is never after the latest.
            params.add(filter.asOf());
            bounds.append(" AND stated_earliest <= $").append(params.size());
        }
        return bounds.toString();
    }

    /** Up to SIZE + 1 matches in window order, counted, and the page of the first SIZE ranked best first. */
    private static Uni<Found> find(Pool pool, String from, String where, String order, List<Object> params, int q,
            PageRequest page) {
        params.add(page.size());
        params.add(page.offset());
        String sql = "WITH hits AS MATERIALIZED (SELECT c.id, c.search, c.stated_earliest, c.stated_latest FROM "
                + from + where + " ORDER BY " + order + " LIMIT " + (SIZE + 1) + ")"
                + " SELECT (SELECT count(*) FROM hits), ARRAY(SELECT id FROM (SELECT * FROM hits ORDER BY "
                + RECENT_FIRST + " LIMIT " + SIZE + ") w ORDER BY ts_rank(search, websearch_to_tsquery('english', $"
                + q + ")) DESC, stated_earliest NULLS FIRST, stated_latest, id LIMIT $" + (params.size() - 1)
                + " OFFSET $" + params.size() + ")";
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            Row row = rows.iterator().next();
            return new Found(row.getLong(0), List.of(row.getArrayOfUUIDs(1)));
        });
    }
}
