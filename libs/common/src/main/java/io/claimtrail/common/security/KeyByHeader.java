package io.claimtrail.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.security.Key;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

/**
 * The key that verifies a token, looked up once per JWS header for a short while. Which key verifies a token depends
 * on its header alone (algorithm, key id) and on the issuer's key set, which SmallRye itself reloads only every
 * {@code smallrye.jwt.jwks.refresh-interval}; reading every token in full to find its header cost about 7 % of the
 * claims service's time under load (issue #17's profile of {@code POST /claims}). A rotation is still seen, at most
 * {@code hold} later than SmallRye sees it. A header without a key is never kept: it is looked up each time.
 */
final class KeyByHeader implements TokenCache.CurrentKey {

    static final Duration HOLD = Duration.ofSeconds(1);
    private static final int MAX_HEADERS = 64;

    private final TokenCache.CurrentKey lookup;
    private final Cache<String, Key> keys;

    KeyByHeader(TokenCache.CurrentKey lookup, InstantSource clock, Duration hold) {
        this.lookup = lookup;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.keys = Caffeine.newBuilder().maximumSize(MAX_HEADERS).expireAfterWrite(hold).ticker(ticker)
                .executor(Runnable::run).build();
    }

    @Override
    public Key of(String token) throws Exception {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return lookup.of(token);
        }
        String header = token.substring(0, dot);
        Key known = keys.getIfPresent(header);
        if (known != null) {
            return known;
        }
        Key key = lookup.of(token);
        if (key != null) {
            keys.put(header, key);
        }
        return key;
    }
}
