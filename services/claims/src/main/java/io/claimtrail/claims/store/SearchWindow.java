package io.claimtrail.claims.store;

import io.claimtrail.common.api.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A full-text search of claims considers a bounded window: its {@link #SIZE} most recent matches (statedOn's
 * earliest bound latest first, open starts last; then the latest bound and the id, descending), ranked best match
 * first. Beyond the window it only knows that there are more, so neither ranking nor counting grows with the
 * number of matches.
 * <p>
 * When q is one word and nothing else is asked (includeArchived aside), the window is the first {@link #SIZE} + 1
 * entries of that word in claim_word, ranked by the rank each entry carries (V15): one index-only range scan,
 * whatever the number of claims with the word, and no claim read.
 * <p>
 * Otherwise, when q has a word every match must have and the statistics give that word more than {@link #SIZE}
 * claims, the window is looked for along that word's claims in window order (claim_word, V13): the rarest such word's
 * first {@link #RECENT} claims at most, each checked against the whole search, until the window is full. A common word
 * fills it after about 1,001 claims, where the full-text index would list all of its claims (600,000 of the bench's
 * 1M for its most common word) and sort them. This needs no filter by source (whose own index narrows better) and
 * topics, if any, common together. Otherwise, when every word of q (and the topics) is common, the window is first
 * looked for among the {@link #RECENT} most recent claims, read backwards along {@code claim_stated_order}. When the
 * window is not full there (words that seldom meet, a narrow filter), or for rare words, all matches are sorted;
 * the full-text index, or the index of a narrow filter, then keeps them few (topics: claim.topics, whose index
 * PostgreSQL combines with the full-text one). PostgreSQL's own choice between these is no help: it multiplies the
 * shares of the conditions, so it takes common words that always meet for rare ones (sorting 125,000 matches), and
 * a word and a topic that never meet for common ones (reading all 1M claims of the bench in order: 2.7 s).
 */
public final class SearchWindow {

    public static final int SIZE = 1000;
    static final int RECENT = 20 * SIZE;
    /** The share of the claims a word or the topics must have for the window to be expected among the recent ones. */
    private static final double COMMON = (SIZE + 1.0) / RECENT;

    private static final String RECENT_FIRST = "stated_earliest DESC NULLS LAST, stated_latest DESC, id DESC";
    /** The same order for claims with an earliest bound: a backward scan of claim_stated_order. */
    private static final String BACKWARDS = "stated_earliest DESC, stated_latest DESC, id DESC";
    /**
     * The same order in claim_word, whose open bounds are -infinity and infinity: its key read backwards from one
     * lexeme. The lexeme, fixed, is left out of it: naming it in the outer ORDER BY hides from PostgreSQL that the
     * walk is already in order, and it would sort all RECENT entries' claims (seconds) instead of stopping at 1,001.
     */
    private static final String WORD_ORDER = "stated_earliest DESC, stated_latest DESC, claim_id DESC";

    private record Found(long matches, List<UUID> ids) {
    }

    private SearchWindow() {
    }

    /**
     * One page of the window of the claims matching {@code where} (on table alias {@code c}, with its
     * {@code params}); {@code q} is the number of the parameter holding the query text.
     */
    static Uni<ClaimQueries.Hits> page(Pool pool, TermShares shares, ClaimQueries.Filter filter, String table,
            String where, List<Object> params, int q, PageRequest page) {
        Supplier<Uni<Found>> all = () -> find(pool, table, where, RECENT_FIRST, new ArrayList<>(params), q, page);
        // The versions recorded at a past moment (table claim_version) have no recent-first index: all matches.
        Uni<Found> found = filter.view().knownAt() != null ? all.get()
                : CommonTerms.of(shares, pool, filter.q()).chain(terms -> {
                    Optional<String> only = onlyTheWords(filter) ? terms.onlyLexeme() : Optional.empty();
                    if (only.isPresent()) {
                        return ofOneWord(pool, only.get(), filter.includeArchived(), page);
                    }
                    Optional<String> word = filter.sourceId() != null || filter.members() != null
                            || !terms.topicsCommon(filter.topics(), COMMON) ? Optional.empty()
                            : terms.rarestRequiredWithMoreThan(SIZE);
                    if (word.isPresent()) {
                        return orAll(byWord(pool, filter, word.get(), where, params, q, page), all);
                    }
                    return terms.common(filter.topics(), COMMON) ? orAll(recent(pool, filter, where, params, q, page), all)
                            : all.get();
                });
        return found.map(window -> window.matches() > SIZE ? new ClaimQueries.Hits(window.ids(), SIZE, false)
                : new ClaimQueries.Hits(window.ids(), window.matches(), null));
    }

    /** Whether q is the only filter (includeArchived aside): then claim_word's entries alone decide the window. */
    private static boolean onlyTheWords(ClaimQueries.Filter filter) {
        return filter.view().knownAt() == null && filter.asOf() == null
                && (filter.topics() == null || filter.topics().isEmpty()) && filter.sourceId() == null
                && filter.members() == null && filter.status() == null && filter.kind() == null
                && filter.statedFrom() == null && filter.statedTo() == null && filter.hasSuggestion() == null;
    }

    /**
     * The window of a one-word search from claim_word alone: the word's entries in window order (its key read
     * backwards; the open bounds there, -infinity and infinity, sort as the claims' NULLs do in {@link #RECENT_FIRST}
     * and in the ranking's tie-break), ranked by the rank of the claim for that word (V15), which equals
     * {@code ts_rank(search, q)} for a query of one lexeme.
     */
    private static Uni<Found> ofOneWord(Pool pool, String lexeme, boolean includeArchived, PageRequest page) {
        String sql = "WITH hits AS MATERIALIZED (SELECT claim_id AS id, rank, stated_earliest, stated_latest"
                + " FROM claim_word WHERE lexeme = $1" + (includeArchived ? "" : " AND NOT archived")
                + " ORDER BY " + WORD_ORDER + " LIMIT " + (SIZE + 1) + ")"
                + " SELECT (SELECT count(*) FROM hits), ARRAY(SELECT id FROM (SELECT * FROM hits ORDER BY"
                + " stated_earliest DESC, stated_latest DESC, id DESC LIMIT " + SIZE + ") w"
                + " ORDER BY rank DESC, stated_earliest, stated_latest, id LIMIT $2 OFFSET $3)";
        return pool.preparedQuery(sql).execute(Tuple.of(lexeme, page.size(), page.offset())).map(rows -> {
            Row row = rows.iterator().next();
            return new Found(row.getLong(0), List.of(row.getArrayOfUUIDs(1)));
        });
    }

    /** The window found by {@code first} when it is full, else by reading all matches. */
    private static Uni<Found> orAll(Uni<Found> first, Supplier<Uni<Found>> all) {
        return first.chain(found -> found.matches() > SIZE ? Uni.createFrom().item(found) : all.get());
    }

    /** Along the claims of {@code word} in window order (claim_word's key read backwards), at most RECENT of them. */
    private static Uni<Found> byWord(Pool pool, ClaimQueries.Filter filter, String word, String where,
            List<Object> params, int q, PageRequest page) {
        List<Object> wordParams = new ArrayList<>(params);
        wordParams.add(word);
        StringBuilder bounds = new StringBuilder("lexeme = $").append(wordParams.size());
        // Open starts are -infinity there, so these equal the where clause's conditions on the earliest bound.
        if (filter.statedTo() != null && filter.statedTo().latest().isPresent()) {
            wordParams.add(filter.statedTo().latest().get());
            bounds.append(" AND stated_earliest <= $").append(wordParams.size());
        }
        if (filter.asOf() != null) {
            wordParams.add(filter.asOf());
            bounds.append(" AND stated_earliest <= $").append(wordParams.size());
        }
        // Each entry's claim by a LATERAL sub-select that PostgreSQL cannot merge into a join (OFFSET 0): a plain join
        // let it guess, from the conditions' shares taken as independent, that few entries match, and hash all
        // RECENT entries against every claim with the word (3 s for a word of rank 50 on the bench).
        String words = "(SELECT * FROM claim_word WHERE " + bounds + " ORDER BY " + WORD_ORDER + " LIMIT " + RECENT
                + ") w CROSS JOIN LATERAL (SELECT * FROM claim WHERE id = w.claim_id OFFSET 0) c";
        return find(pool, words, where, "w." + WORD_ORDER.replace(", ", ", w."), wordParams, q, page);
    }

    /** Among the RECENT most recent claims with an earliest bound, read backwards along claim_stated_order. */
    private static Uni<Found> recent(Pool pool, ClaimQueries.Filter filter, String where, List<Object> params, int q,
            PageRequest page) {
        List<Object> recentParams = new ArrayList<>(params);
        String recent = "(SELECT * FROM claim WHERE " + bounds(filter, recentParams) + " ORDER BY " + BACKWARDS
                + " LIMIT " + RECENT + ") c";
        return find(pool, recent, where, BACKWARDS, recentParams, q, page);
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
