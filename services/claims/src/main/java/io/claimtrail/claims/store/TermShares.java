package io.claimtrail.claims.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PostgreSQL's statistics (from ANALYZE) of the claims, as {@link CommonTerms} reads them: the most common words of
 * claim.search and topics of claim.topics with the share of the claims that has each, and the number of claims. They
 * are read at most once per {@link #TTL} and kept in between: reading them costs about as much as a rare word's search
 * (about 1,000 words and their shares, each search), and they only choose a search's plan, never its answer, so a
 * search planned on statistics up to a minute old finds the same claims.
 */
@ApplicationScoped
public class TermShares {

    public static final Duration TTL = Duration.ofSeconds(60);

    /** Without parameters, so that each connection plans it once: planning the pg_stats view takes about 2 ms. */
    private static final String STATISTICS = "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs, "
            + "(SELECT reltuples::float8 FROM pg_class WHERE oid = 'claim'::regclass) "
            + "FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'claim' "
            + "AND attname IN ('search', 'topics')";

    /** The statistics as read at {@code readAtMillis}. A word or topic too rare to be listed has no share. */
    record Shares(Map<String, Float> words, Map<String, Float> topics, double claims, long readAtMillis) {
    }

    private final Pool pool;
    private final InstantSource clock;
    private final AtomicReference<Shares> kept = new AtomicReference<>();
    private final AtomicLong reads = new AtomicLong();

    @Inject
    public TermShares(Pool pool) {
        this(pool, InstantSource.system());
    }

    TermShares(Pool pool, InstantSource clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * The statistics kept, when read less than {@link #TTL} ago; else read now. Searches that find them stale at once
     * each read them (at most one per connection of the pool), rather than waiting on one another.
     */
    Uni<Shares> current() {
        Shares shares = kept.get();
        long now = clock.millis();
        if (shares != null && now - shares.readAtMillis() < TTL.toMillis()) {
            return Uni.createFrom().item(shares);
        }
        return pool.preparedQuery(STATISTICS).execute().map(rows -> {
            Shares read = read(rows, now);
            kept.set(read);
            reads.incrementAndGet();
            return read;
        });
    }

    /** How many times the statistics were read from PostgreSQL. */
    long reads() {
        return reads.get();
    }

    private static Shares read(RowSet<Row> statistics, long now) {
        Map<String, Map<String, Float>> shares = new HashMap<>();
        double count = 0;
        for (Row row : statistics) {
            shares.put(row.getString(0), shares(row.getArrayOfStrings(1), row.getArrayOfFloats(2)));
            count = Math.max(count, row.getDouble(3));
        }
        return new Shares(shares.getOrDefault("search", Map.of()), shares.getOrDefault("topics", Map.of()), count, now);
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
