package io.claimtrail.tokens;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Signs MicroProfile JWT tokens (RS256) with the local private key. */
public final class TokenSigner {
    private final KeyPair keys;
    private final String keyId;

    public TokenSigner(KeyPair keys) throws JoseException {
        this.keys = keys;
        // The RFC 7638 thumbprint: a JWKS made from publicKey.pem later can carry the same kid.
        this.keyId = new RsaJsonWebKey((RSAPublicKey) keys.getPublic())
                .calculateBase64urlEncodedThumbprint("SHA-256");
    }

    String keyId() {
        return keyId;
    }

    public String sign(TokenRequest request, Instant now) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(request.issuer());
        claims.setAudience(request.audience());
        claims.setSubject(request.subject());
        claims.setStringClaim("upn", request.subject());
        if (request.role() != null) {
            claims.setStringListClaim("groups", List.of(request.role().id()));
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(request.ttl()).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKeyIdHeaderValue(keyId);
        jws.setKey(keys.getPrivate());
        return jws.getCompactSerialization();
    }
}
