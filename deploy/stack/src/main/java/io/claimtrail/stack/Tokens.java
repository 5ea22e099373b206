package io.claimtrail.stack;

import io.claimtrail.tokens.KeyFiles;
import io.claimtrail.tokens.Role;
import io.claimtrail.tokens.TokenRequest;
import io.claimtrail.tokens.TokenSigner;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Signs the tests' tokens: with the key pair the three processes trust, or with one they do not. */
public final class Tokens {

    private final Path trusted;
    private final Path foreign;

    public Tokens(Path directory) throws Exception {
        this.trusted = directory.resolve("trusted");
        this.foreign = directory.resolve("foreign");
        KeyFiles.ensure(trusted);
        KeyFiles.ensure(foreign);
    }

    public Path publicKey() {
        return trusted.resolve(KeyFiles.PUBLIC_KEY_FILE);
    }

    public String bearer(Role role, String subject) {
        TokenRequest defaults = TokenRequest.defaults(role);
        return sign(trusted, new TokenRequest(role, subject, defaults.ttl(), defaults.issuer(), defaults.audience()),
                Instant.now());
    }

    public String forged(Role role) {
        return sign(foreign, TokenRequest.defaults(role), Instant.now());
    }

    public String expired(Role role) {
        TokenRequest defaults = TokenRequest.defaults(role);
        return sign(trusted, new TokenRequest(role, defaults.subject(), Duration.ofMinutes(5), defaults.issuer(),
                defaults.audience()), Instant.now().minus(Duration.ofHours(1)));
    }

    private static String sign(Path keys, TokenRequest request, Instant issuedAt) {
        try {
            return "Bearer " + new TokenSigner(KeyFiles.load(keys)).sign(request, issuedAt);
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a token with " + keys, e);
        }
    }
}
