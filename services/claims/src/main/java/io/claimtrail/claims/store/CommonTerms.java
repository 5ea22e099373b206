package io.claimtrail.claims.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How common the words of a search and its topics are, by PostgreSQL's statistics of the claims ({@link TermShares}):
 * the share of the claims that has each word and topic, and the number of claims. A word or topic too rare to be
 * listed there counts as none.
 */
final class CommonTerms {

    /** The words of q, and the query it is as text (for {@link RequiredLexemes}). */
    private static final String WORDS = "SELECT tsvector_to_array(to_tsvector('english', $1)), "
            + "websearch_to_tsquery('english', $1)::text";

    private final Map<String, Float> wordShares;
    private final Map<String, Float> topicShares;
    private final double claims;
    private final String[] lexemes;
    private final List<String> required;

    private CommonTerms(TermShares.Shares statistics, Row words) {
        wordShares = statistics.words();
        topicShares = statistics.topics();
        claims = statistics.claims();
        lexemes = words.getArrayOfStrings(0);
        required = RequiredLexemes.of(words.getString(1));
    }

    static Uni<CommonTerms> of(TermShares shares, Pool pool, String q) {
        return shares.current().chain(statistics -> pool.preparedQuery(WORDS)
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

    /** The lexeme q is, when q is one lexeme (one word, its stop words aside) and nothing else. */
    Optional<String> onlyLexeme() {
        return required.size() == 1 ? Optional.of(required.get(0)) : Optional.empty();
    }

    /**
     * The rarest of the words every match has, when the statistics give it more than {@code claims} claims: the
     * one whose list of claims (claim_word) is shortest. Empty when q has no such word, or a rarer one.
     */
    Optional<String> rarestRequiredWithMoreThan(long claims) {
        return required.stream().min(Comparator.comparingDouble(lexeme -> wordShares.getOrDefault(lexeme, 0f)))
                .filter(lexeme -> wordShares.getOrDefault(lexeme, 0f) * this.claims > claims);
    }
}
