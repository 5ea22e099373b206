package io.claimtrail.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/** {@code token}: one RS256 JWT on stdout that the services' verifier accepts, with the documented claims. */
class TokenCommandTest {
    @TempDir
    Path keys;

    @BeforeEach
    void createKeys() {
        assertEquals(0, CliRun.of("keys", keys.toString()).exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "analyst", "editor", "admin"})
    void tokenVerifiesWithThePublicKeyAndCarriesTheRole(String role) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CliRun run = CliRun.at(now, "token", keys.toString(), role);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().endsWith(System.lineSeparator()));
        String token = run.out().strip();
        assertEquals(1, run.out().lines().count());

        JsonWebToken jwt = smallRyeParser("https://claimtrail.local", "claimtrail").parse(token);
        assertEquals("https://claimtrail.local", jwt.getIssuer());
        assertEquals(Set.of("claimtrail"), jwt.getAudience());
        assertEquals(role + "@claimtrail.local", jwt.getSubject());
        assertEquals(role + "@claimtrail.local", jwt.getName());
        assertEquals(Set.of(role), jwt.getGroups());
        assertEquals(now.getEpochSecond(), jwt.getIssuedAtTime());
        assertEquals(now.plus(Duration.ofHours(12)).getEpochSecond(), jwt.getExpirationTime());
        assertNotNull(jwt.getTokenID());
    }

    @Test
    void tokenIsAlsoAcceptedByAPlainJose4jConsumer() throws Exception {
        String token = CliRun.of("token", keys.toString(), "analyst").out().strip();

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(KeyFiles.load(keys).getPublic())
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, "RS256")
                .setExpectedIssuer("https://claimtrail.local")
                .setExpectedAudience("claimtrail")
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .build()
                .processToClaims(token);
        assertEquals("analyst@claimtrail.local", claims.getStringClaimValue("upn"));
        assertEquals(List.of("analyst"), claims.getStringListClaimValue("groups"));
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        String first = CliRun.of("token", keys.toString(), "viewer").out().strip();
        String second = CliRun.of("token", keys.toString(), "viewer").out().strip();

        DefaultJWTParser parser = smallRyeParser("https://claimtrail.local", "claimtrail");
        assertNotEquals(parser.parse(first).getTokenID(), parser.parse(second).getTokenID());
    }

    @Test
    void ttlIsHonoured() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = CliRun.at(now, "token", keys.toString(), "editor", "--ttl-minutes", "5").out().strip();

        JsonWebToken jwt = smallRyeParser("https://claimtrail.local", "claimtrail").parse(token);
        assertEquals(now.getEpochSecond(), jwt.getIssuedAtTime());
        assertEquals(now.getEpochSecond() + 300, jwt.getExpirationTime());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        String token = CliRun.at(twoHoursAgo, "token", keys.toString(), "admin", "--ttl-minutes=60").out().strip();

        ParseException e = assertThrows(ParseException.class,
                () -> smallRyeParser("https://claimtrail.local", "claimtrail").parse(token));
        assertTrue(cause(e).hasExpired(), e::toString);
    }

    @Test
    void subjectIssuerAndAudienceCanBeChosen() throws Exception {
        String token = CliRun.of("token", keys.toString(), "analyst", "--subject", "ada@example.org",
                "--issuer", "https://idp.example.org", "--audience", "claimtrail-test").out().strip();

        JsonWebToken jwt = smallRyeParser("https://idp.example.org", "claimtrail-test").parse(token);
        assertEquals("ada@example.org", jwt.getSubject());
        assertEquals("ada@example.org", jwt.getName());
        assertEquals(Set.of("analyst"), jwt.getGroups());
        assertThrows(ParseException.class,
                () -> smallRyeParser("https://claimtrail.local", "claimtrail-test").parse(token));
        assertThrows(ParseException.class,
                () -> smallRyeParser("https://idp.example.org", "claimtrail").parse(token));
    }

    @Test
    void aTokenFromOtherKeysIsRefused(@TempDir Path otherKeys) {
        assertEquals(0, CliRun.of("keys", otherKeys.toString()).exitCode());
        String forged = CliRun.of("token", otherKeys.toString(), "admin").out().strip();

        ParseException e = assertThrows(ParseException.class,
                () -> smallRyeParser("https://claimtrail.local", "claimtrail").parse(forged));
        assertTrue(cause(e).hasErrorCode(ErrorCodes.SIGNATURE_INVALID), e::toString);
    }

    @Test
    void headerNamesTheAlgorithmAndTheKey() throws Exception {
        String token = CliRun.of("token", keys.toString(), "viewer").out().strip();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);

        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        assertTrue(header.contains("\"typ\":\"JWT\""), header);
        assertTrue(header.contains("\"kid\":\"" + new TokenSigner(KeyFiles.load(keys)).keyId() + "\""), header);
    }

    @Test
    void rejectedTokensAreRejectedByJose4jToo() {
        String token = CliRun.of("token", keys.toString(), "viewer", "--audience", "elsewhere").out().strip();

        assertThrows(InvalidJwtException.class, () -> new JwtConsumerBuilder()
                .setVerificationKey(KeyFiles.load(keys).getPublic())
                .setExpectedIssuer("https://claimtrail.local")
                .setExpectedAudience("claimtrail")
                .build()
                .processToClaims(token));
    }

    private static InvalidJwtException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidJwtException behind " + e, e);
    }

    /** The verifier the services run, fed the PEM text as in {@code mp.jwt.verify.publickey}. */
    private DefaultJWTParser smallRyeParser(String issuer, String audience) throws Exception {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(Files.readString(keys.resolve("publicKey.pem")));
        info.setIssuedBy(issuer);
        info.setExpectedAudience(Set.of(audience));
        return new DefaultJWTParser(info);
    }
}
