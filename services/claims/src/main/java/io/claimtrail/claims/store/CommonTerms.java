package io.claimtrail.claims.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common the words of a search and its topics are, by PostgreSQL's statistics (from ANALYZE) of the claims: the
 * most common words of claim.search and topics of claim.topics, with the share of the claims that have each. A word
 * or topic too rare to be listed there counts as none.
 */
final class CommonTerms {

    /** Without parameters, so that each connection plans it once: planning the pg_stats view takes about 2 ms. */
    private static final String STATISTICS = "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs "
            + "FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'claim' "
            + "AND attname IN ('search', 'topics')";
    private static final String WORDS = "SELECT tsvector_to_array(to_tsvector('english', $1))";

    private CommonTerms() {
    }

    /** Whether every word of q has at least {@code share} of the claims, and the topics (if any) together too. */
    static Uni<Boolean> common(Pool pool, String q, List<String> topics, double share) {
        return pool.preparedQuery(STATISTICS).execute().chain(statistics -> pool.preparedQuery(WORDS)
                .execute(Tuple.of(q)).map(words -> {
                    Map<String, Map<String, Float>> shares = new HashMap<>();
                    for (Row row : statistics) {
                        shares.put(row.getString(0), shares(row.getArrayOfStrings(1), row.getArrayOfFloats(2)));
                    }
                    Map<String, Float> wordShares = shares.getOrDefault("search", Map.of());
                    Map<String, Float> topicShares = shares.getOrDefault("topics", Map.of());
                    String[] lexemes = words.iterator().next().getArrayOfStrings(0);
                    boolean commonWords = lexemes.length > 0 && Arrays.stream(lexemes)
                            .allMatch(lexeme -> wordShares.getOrDefault(lexeme, 0f) >= share);
                    if (topics == null || topics.isEmpty()) {
                        return commonWords;
                    }
                    return commonWords && topics.stream().distinct()
                            .mapToDouble(topic -> topicShares.getOrDefault(topic, 0f)).sum() >= share;
                }));
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
