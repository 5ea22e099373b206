package io.claimtrail.testing;

import io.claimtrail.tokens.KeyFiles;
import io.claimtrail.tokens.Role;
import io.claimtrail.tokens.TokenRequest;
import io.claimtrail.tokens.TokenSigner;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Real RS256 tokens for tests, signed with a key pair kept in {@code target/test-jwt} of the module under test (made on
 * first use). Files, not fields, carry the keys: the test resource and the tests may run in different class loaders.
 */
public final class TestTokens {

    /** The key pair the services under test trust. */
    public static final Path KEYS = Path.of("target", "test-jwt").toAbsolutePath();
    /** A second key pair nobody trusts: its tokens have the right claims and a wrong signature. */
    static final Path FOREIGN_KEYS = Path.of("target", "test-jwt-foreign").toAbsolutePath();

    private TestTokens() {
    }

    public static Path publicKey() {
        ensure(KEYS);
        return KEYS.resolve(KeyFiles.PUBLIC_KEY_FILE);
    }

    /** A valid token for {@code role}, with subject {@code <role>@claimtrail.local}. */
    public static String valid(Role role) {
        return sign(KEYS, TokenRequest.defaults(role), Instant.now());
    }

    /** A valid token with the given role and subject. */
    public static String valid(Role role, String subject) {
        TokenRequest defaults = TokenRequest.defaults(role);
        return sign(KEYS, new TokenRequest(role, subject, defaults.ttl(), defaults.issuer(), defaults.audience()),
                Instant.now());
    }

    /** Issued two hours ago for one hour: past any clock skew allowance. */
    public static String expired(Role role) {
        TokenRequest request = TokenRequest.defaults(role);
        return sign(KEYS, new TokenRequest(role, request.subject(), Duration.ofHours(1), request.issuer(),
                request.audience()), Instant.now().minus(Duration.ofHours(2)));
    }

    public static String wrongIssuer(Role role) {
        TokenRequest request = TokenRequest.defaults(role);
        return sign(KEYS, new TokenRequest(role, request.subject(), request.ttl(), "https://impostor.example",
                request.audience()), Instant.now());
    }

    public static String wrongAudience(Role role) {
        TokenRequest request = TokenRequest.defaults(role);
        return sign(KEYS, new TokenRequest(role, request.subject(), request.ttl(), request.issuer(), "someone-else"),
                Instant.now());
    }

    /** Right claims, signed by a key the services do not trust. */
    public static String wrongSignature(Role role) {
        return sign(FOREIGN_KEYS, TokenRequest.defaults(role), Instant.now());
    }

    /** Valid and signed, but carrying no role at all. */
    public static String withoutRole() {
        TokenRequest request = TokenRequest.defaults(Role.VIEWER);
        return sign(KEYS, new TokenRequest(null, "nobody@claimtrail.local", request.ttl(), request.issuer(),
                request.audience()), Instant.now());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String sign(Path keys, TokenRequest request, Instant issuedAt) {
        ensure(keys);
        try {
            return new TokenSigner(KeyFiles.load(keys)).sign(request, issuedAt);
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a test token with the keys in " + keys, e);
        }
    }

    private static synchronized void ensure(Path keys) {
        try {
            KeyFiles.ensure(keys);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test key pair in " + keys, e);
        }
    }
}
