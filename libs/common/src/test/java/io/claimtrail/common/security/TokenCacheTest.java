package io.claimtrail.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token cache against real RS256 signatures (jose4j, the library SmallRye JWT verifies with), an issuer's key set
 * that rotates, and a clock the test moves.
 */
class TokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-02T06:00:00Z");

    private static RsaJsonWebKey keyA;
    private static RsaJsonWebKey keyB;

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final InstantSource clock = now::get;
    private final AtomicReference<JsonWebKeySet> published = new AtomicReference<>();
    private final AtomicInteger verifications = new AtomicInteger();

    @BeforeAll
    static void keys() throws JoseException {
        keyA = RsaJwkGenerator.generateJwk(2048);
        keyA.setKeyId("a");
        keyB = RsaJwkGenerator.generateJwk(2048);
        keyB.setKeyId("b");
    }

    @Test
    void aTokenIsVerifiedOnceAndServedUntilTheSecondOfItsExpiry() throws Exception {
        publish(keyA, keyB);
        TokenCache cache = cache(100);
        String token = sign(keyA, "ann", START.plusSeconds(60));

        assertEquals("ann", cache.verified(token).getSubject());
        now.set(START.plusSeconds(59).plusMillis(999));
        assertEquals("ann", cache.verified(token).getSubject());
        assertEquals(1, verifications.get(), "verified once, then served from the cache");

        now.set(START.plusSeconds(60));
        assertThrows(ParseException.class, () -> cache.verified(token), "expired at its exp second");
        assertEquals(2, verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aTokenSignedByARotatedOutKeyIsRefusedThoughCached() throws Exception {
        publish(keyA, keyB);
        TokenCache cache = cache(100);
        String byA = sign(keyA, "ann", START.plusSeconds(3600));
        String byB = sign(keyB, "bob", START.plusSeconds(3600));
        cache.verified(byA);
        cache.verified(byB);

        publish(keyB);

        assertThrows(ParseException.class, () -> cache.verified(byA));
        assertEquals("bob", cache.verified(byB).getSubject());
        assertEquals(3, verifications.get(), "bob's token still served from the cache");
    }

    @Test
    void aKeyReplacedUnderTheSameIdDropsTheTokensItVerified() throws Exception {
        publish(keyA);
        TokenCache cache = cache(100);
        String byA = sign(keyA, "ann", START.plusSeconds(3600));
        cache.verified(byA);

        RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
        other.setKeyId("a");
        publish(other);

        assertThrows(ParseException.class, () -> cache.verified(byA));
    }

    @Test
    void theCacheKeepsAtMostItsSize() throws Exception {
        publish(keyA);
        TokenCache cache = cache(50);
        for (int i = 0; i < 500; i++) {
            cache.verified(sign(keyA, "user" + i, START.plusSeconds(3600)));
        }
        assertTrue(cache.size() <= 50, "kept " + cache.size());
        assertTrue(cache.size() > 0);
    }

    @Test
    void aRefusedTokenIsNeverKept() throws Exception {
        publish(keyB);
        TokenCache cache = cache(100);
        String byA = sign(keyA, "ann", START.plusSeconds(3600));
        assertThrows(ParseException.class, () -> cache.verified(byA));
        assertThrows(ParseException.class, () -> cache.verified(byA));
        assertEquals(0, cache.size());
    }

    private TokenCache cache(long size) {
        TokenCache.Verifier verifier = token -> {
            verifications.incrementAndGet();
            try {
                JwtClaims claims = new JwtConsumerBuilder()
                        .setVerificationKeyResolver(new JwksVerificationKeyResolver(published.get().getJsonWebKeys()))
                        .setRequireExpirationTime()
                        .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                        .setSkipDefaultAudienceValidation()
                        .build().processToClaims(token);
                return (JsonWebToken) new DefaultJWTCallerPrincipal(token, claims);
            } catch (Exception refused) {
                throw new ParseException("refused: " + refused.getMessage(), refused);
            }
        };
        TokenCache.CurrentKey currentKey = token -> {
            JsonWebSignature signature = new JsonWebSignature();
            signature.setCompactSerialization(token);
            return new JwksVerificationKeyResolver(published.get().getJsonWebKeys()).resolveKey(signature, List.of());
        };
        return new TokenCache(verifier, currentKey, clock, size);
    }

    private void publish(JsonWebKey... keys) {
        published.set(new JsonWebKeySet(keys));
    }

    private static String sign(RsaJsonWebKey key, String subject, Instant expires) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setIssuer("https://claimtrail.local");
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        claims.setIssuedAt(NumericDate.fromSeconds(START.getEpochSecond()));
        claims.setStringListClaim("groups", "viewer");
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key.getPrivateKey());
        signature.setKeyIdHeaderValue(key.getKeyId());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return signature.getCompactSerialization();
    }
}
