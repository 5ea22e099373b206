package io.claimtrail.common.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code idempotency_keys} table of the service's own database: one row per caller and key, claimed while the
 * first request runs and holding its response afterwards, for {@link #RETENTION}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key answers with its first response (the draft's suggestion: 24 hours). */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** A claim this old without a response was abandoned (the request died): the next retry may take it over. */
    static final Duration ABANDONED = Duration.ofSeconds(60);

    private final Pool pool;

    public IdempotencyKeys(Pool pool) {
        this.pool = pool;
    }

    /** The first request's state under this key: null when this request has just claimed it. */
    public Uni<Stored> claim(String caller, String key, String fingerprint, Instant now) {
        // Expired keys of every caller go too (few, found by the created_at index), so the table keeps one day.
        return pool.preparedQuery("DELETE FROM idempotency_keys WHERE created_at < $3 OR (caller = $1 AND key = $2 "
                        + "AND status IS NULL AND created_at < $4 AND fingerprint = $5)")
                .execute(Tuple.of(caller, key, at(now.minus(RETENTION)), at(now.minus(ABANDONED)), fingerprint))
                .chain(() -> pool.preparedQuery("INSERT INTO idempotency_keys (caller, key, fingerprint, created_at) "
                        + "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key")
                        .execute(Tuple.of(caller, key, fingerprint, at(now))))
                .chain(inserted -> inserted.rowCount() > 0 ? Uni.createFrom().<Stored>nullItem()
                        : pool.preparedQuery("SELECT fingerprint, status, headers, body FROM idempotency_keys "
                                + "WHERE caller = $1 AND key = $2").execute(Tuple.of(caller, key))
                                .map(rows -> rows.rowCount() == 0 ? Stored.GONE : Stored.of(rows.iterator().next())));
    }

    /** Keeps the response of the request that claimed the key. */
    public Uni<Void> complete(String caller, String key, int status, JsonObject headers, byte[] body) {
        return pool.preparedQuery("UPDATE idempotency_keys SET status = $3, headers = $4, body = $5 "
                        + "WHERE caller = $1 AND key = $2")
                .execute(Tuple.of(caller, key, status, headers, io.vertx.core.buffer.Buffer.buffer(body)))
                .replaceWithVoid();
    }

    /** Frees the key: the request failed on the server's side, so a retry should run again. */
    public Uni<Void> release(String caller, String key) {
        return pool.preparedQuery("DELETE FROM idempotency_keys WHERE caller = $1 AND key = $2 AND status IS NULL")
                .execute(Tuple.of(caller, key)).replaceWithVoid();
    }

    private static OffsetDateTime at(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    /** What a key holds: the first request's fingerprint and, once it answered, its response. */
    public record Stored(String fingerprint, Integer status, JsonObject headers, byte[] body) {

        /** The row vanished between the claim and the read (it expired or was released): try again. */
        static final Stored GONE = new Stored(null, null, null, null);

        static Stored of(Row row) {
            Buffer body = row.getBuffer("body");
            return new Stored(row.getString("fingerprint"), row.getInteger("status"),
                    row.getJsonObject("headers"), body == null ? null : body.getBytes());
        }

        boolean running() {
            return status == null;
        }
    }
}
