package io.claimtrail.common.security;

import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;

/**
 * The JWT parser every bearer token goes through (Quarkus' MpJwtValidator asks for a {@link JWTParser}): SmallRye's
 * own, behind a {@link TokenCache}. The key a cached token is checked against is resolved as SmallRye resolves it
 * (a {@link KeyLocationResolver} on the same configuration, which also fetches a JWKS URL again after
 * {@code smallrye.jwt.jwks.refresh-interval}), so a rotated-out key stops verifying cached tokens as it stops
 * verifying new ones.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser smallrye;
    private final TokenCache cache;

    public CachingJwtParser(DefaultJWTParser smallrye, JWTAuthContextInfo context,
            @ConfigProperty(name = "claimtrail.jwt.cache-size", defaultValue = "10000") long cacheSize) {
        this.smallrye = smallrye;
        this.cache = cacheSize > 0 ? new TokenCache(smallrye::parse, currentKey(context), Clock.systemUTC(), cacheSize)
                : null;
    }

    /** How SmallRye finds the verification key of a token: a configured key, or the key location (file, URL, content). */
    private static TokenCache.CurrentKey currentKey(JWTAuthContextInfo context) {
        if (context.getPublicVerificationKey() != null) {
            return token -> context.getPublicVerificationKey();
        }
        if (context.getSecretVerificationKey() != null) {
            return token -> context.getSecretVerificationKey();
        }
        VerificationKeyResolver resolver;
        try {
            resolver = new KeyLocationResolver(context);
        } catch (Exception e) {
            // No key to resolve: nothing is cached, and SmallRye refuses the tokens with its own reason.
            Log.warnf("Verified tokens are not cached: the verification key cannot be resolved (%s)", e.getMessage());
            return token -> null;
        }
        TokenCache.CurrentKey resolve = token -> {
            JsonWebSignature signature = new JsonWebSignature();
            signature.setCompactSerialization(token);
            return resolver.resolveKey(signature, List.of());
        };
        return new KeyByHeader(resolve, Clock.systemUTC(), KeyByHeader.HOLD);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return cache != null ? cache.verified(token) : smallrye.parse(token);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return smallrye.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return smallrye.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return smallrye.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return smallrye.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return smallrye.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return smallrye.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return smallrye.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return smallrye.parseOnly(token);
    }
}
