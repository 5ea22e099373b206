package io.claimtrail.claims.store;

import io.claimtrail.claims.ClaimsTest;
import io.claimtrail.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.sameInstance;

/** The claims' statistics are read once per TTL and kept in between; after it, an ANALYZE since shows. */
@ClaimsTest
class TermSharesTest {

    @Inject
    Pool pool;

    /** A clock the test moves by hand. */
    private static final class Hand implements InstantSource {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void statisticsAreKeptForTheTtlThenReadAgain() {
        TestDatabase.execute("ANALYZE claim");
        Hand clock = new Hand();
        TermShares shares = new TermShares(pool, clock);
        TermShares.Shares first = shares.current().await().indefinitely();
        assertThat(shares.reads(), equalTo(1L));

        String prefix = UUID.randomUUID().toString();
        TestDatabase.execute("""
                INSERT INTO claim (id, text, source_id, stated_on, stated_earliest, stated_latest, kind, status,
                                   credibility, archived, created_at, updated_at, version)
                SELECT md5(? || n)::uuid, 'counted ' || n, ?::uuid, '2024-07-01', '2024-07-01', '2024-07-01',
                       'ASSERTION', 'UNVERIFIED', 6, false, now(), now(), 0
                  FROM generate_series(1, 50) n""", prefix, PENTAGON.toString());
        TestDatabase.execute("ANALYZE claim");

        clock.now = clock.now.plus(TermShares.TTL).minusMillis(1);
        assertThat(shares.current().await().indefinitely(), sameInstance(first));
        assertThat(shares.reads(), equalTo(1L));

        clock.now = clock.now.plusMillis(1);
        TermShares.Shares second = shares.current().await().indefinitely();
        assertThat(shares.reads(), equalTo(2L));
        assertThat(second.claims(), equalTo(first.claims() + 50));
        assertThat(shares.current().await().indefinitely(), sameInstance(second));
    }
}
