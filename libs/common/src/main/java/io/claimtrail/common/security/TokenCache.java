package io.claimtrail.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Tokens already verified, so that a burst of one caller's requests pays for one signature check. Keyed by the
 * SHA-256 of the token (the token itself is never kept as a key), at most {@code maxSize} of them, each until the
 * second of its {@code exp}. An entry also remembers the key that verified it: when the key that would verify the
 * token now differs (the issuer rotated its keys) or no key does, the entry is dropped and the token verified again.
 */
public final class TokenCache {

    /** Verifies a token in full: signature, issuer, audience, expiry. */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    /** The key that verifies this token now; throws when none does. */
    @FunctionalInterface
    public interface CurrentKey {
        Key of(String token) throws Exception;
    }

    private record Verified(JsonWebToken token, Key key, long expiresAtMillis) {
    }

    private final Verifier verifier;
    private final CurrentKey currentKey;
    private final InstantSource clock;
    private final Cache<String, Verified> cache;

    public TokenCache(Verifier verifier, CurrentKey currentKey, InstantSource clock, long maxSize) {
        this.verifier = verifier;
        this.currentKey = currentKey;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(Expiry.creating((String hash, Verified entry) ->
                        java.time.Duration.ofMillis(Math.max(0, entry.expiresAtMillis() - clock.millis()))))
                .build();
    }

    /** The verified token: from the cache when verified before with the key that verifies it now. */
    public JsonWebToken verified(String token) throws ParseException {
        String hash = hash(token);
        Verified entry = cache.getIfPresent(hash);
        if (entry != null) {
            if (clock.millis() < entry.expiresAtMillis() && entry.key().equals(keyOrNull(token))) {
                return entry.token();
            }
            cache.invalidate(hash);
        }
        // The key is taken before the check, so that an entry never outlives a rotation that happens during it.
        Key key = keyOrNull(token);
        JsonWebToken verified = verifier.verify(token);
        long expiresAtMillis = TimeUnit.SECONDS.toMillis(verified.getExpirationTime());
        if (key != null && verified.getExpirationTime() > 0 && clock.millis() < expiresAtMillis) {
            cache.put(hash, new Verified(verified, key, expiresAtMillis));
        }
        return verified;
    }

    /** How many verified tokens are kept now. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public void clear() {
        cache.invalidateAll();
    }

    private Key keyOrNull(String token) {
        try {
            return currentKey.of(token);
        } catch (Exception noKey) {
            return null;
        }
    }

    private static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
