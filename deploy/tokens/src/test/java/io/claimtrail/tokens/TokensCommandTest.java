package io.claimtrail.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/** {@code tokens}: one {@code ROLE  TOKEN} line per role, each token verifiable and granting that role only. */
class TokensCommandTest {
    @TempDir
    Path keys;

    @Test
    void printsOneVerifiableTokenPerRole() throws Exception {
        assertEquals(0, CliRun.of("keys", keys.toString()).exitCode());
        CliRun run = CliRun.of("tokens", keys.toString(), "--ttl-minutes", "30");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("viewer", "analyst", "editor", "admin"),
                lines.stream().map(line -> line.split("\\s+")[0]).toList());

        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(Files.readString(keys.resolve("publicKey.pem")));
        info.setIssuedBy("https://claimtrail.local");
        info.setExpectedAudience(Set.of("claimtrail"));
        DefaultJWTParser parser = new DefaultJWTParser(info);
        for (String line : lines) {
            String[] columns = line.split("\\s+");
            assertEquals(2, columns.length, line);
            JsonWebToken jwt = parser.parse(columns[1]);
            assertEquals(Set.of(columns[0]), jwt.getGroups());
            assertEquals(columns[0] + "@claimtrail.local", jwt.getSubject());
            assertEquals(30 * 60, jwt.getExpirationTime() - jwt.getIssuedAtTime());
        }
    }
}
