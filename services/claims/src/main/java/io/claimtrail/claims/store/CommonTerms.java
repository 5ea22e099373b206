package io.claimtrail.claims.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How common the words of a search and its topics are, by PostgreSQL's statistics (from ANALYZE) of the claims: the
 * most common words of claim.search and topics of claim.topics, with the share of the claims that have each, and the
 * number of claims. A word or topic too rare to be listed there counts as none.
 */
final class CommonTerms {

    /** Without parameters, so that each connection plans it once: planning the pg_stats view takes about 2 ms. */
    private static final String STATISTICS = "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs, "
            + "(SELECT reltuples::float8 FROM pg_class WHERE oid = 'claim'::regclass) "
            + "FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'claim' "
            + "AND attname IN ('search', 'topics')";
    /** The words of q, and the query it is as text (for {@link RequiredLexemes}). */
    private static final String WORDS = "SELECT tsvector_to_array(to_tsvector('english', $1)), "
            + "websearch_to_tsquery('english', $1)::text";

    private final Map<String, Float> wordShares;
    private final Map<String, Float> topicShares;
    private final double claims;
    private final String[] lexemes;
    private final List<String> required;

    private CommonTerms(RowSet<Row> statistics, Row words) {
        Map<String, Map<String, Float>> shares = new HashMap<>();
        double count = 0;
        for (Row row : statistics) {
            shares.put(row.getString(0), shares(row.getArrayOfStrings(1), row.getArrayOfFloats(2)));
            count = Math.max(count, row.getDouble(3));
        }
        wordShares = shares.getOrDefault("search", Map.of());
        topicShares = shares.getOrDefault("topics", Map.of());
        claims = count;
        lexemes = words.getArrayOfStrings(0);
        required = RequiredLexemes.of(words.getString(1));
    }

    static Uni<CommonTerms> of(Pool pool, String q) {
        return pool.preparedQuery(STATISTICS).execute().chain(statistics -> pool.preparedQuery(WORDS)
                .execute(Tuple.of(q)).map(words -> new CommonTerms(statistics, words.iterator().next())));
    }

    /** Whether every word of q has at least {@code share} of the claims, and the topics (if any) together too. */
    boolean common(List<String> topics, double share) {
        boolean commonWords = lexemes.length > 0 && Arrays.stream(lexemes)
                .allMatch(lexeme -> wordShares.getOrDefault(lexeme, 0f) >= share);
        return commonWords && topicsCommon(topics, share);
    }

    /** Whether the topics (if any) together have at least {@code share} of the claims. */
    boolean topicsCommon(List<String> topics, double share) {
        return topics == null || topics.isEmpty() || topics.stream().distinct()
                .mapToDouble(topic -> topicShares.getOrDefault(topic, 0f)).sum() >= share;
    }

    /**
     * The rarest of the words every match has, when the statistics give it more than {@code claims} claims: the
     * one whose list of claims (claim_word) is shortest. Empty when q has no such word, or a rarer one.
     */
    Optional<String> rarestRequiredWithMoreThan(long claims) {
        return required.stream().min(Comparator.comparingDouble(lexeme -> wordShares.getOrDefault(lexeme, 0f)))
                .filter(lexeme -> wordShares.getOrDefault(lexeme, 0f) * this.claims > claims);
    }

    /** The shares of the most common elements end with three summary numbers, which are left out. */
    private static Map<String, Float> shares(String[] values, Float[] fractions) {
        Map<String, Float> shares = new HashMap<>();
        for (int i = 0; values != null && i < values.length; i++) {
            shares.put(values[i], fractions[i]);
        }
        return shares;
    }
}
