package io.claimtrail.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input ends with a message on stderr, nothing on stdout, exit code 2; missing keys with exit code 1. */
class CommandLineErrorsTest {
    @TempDir
    Path keys;

    @ParameterizedTest
    @ValueSource(strings = {"root", "Admin", "", "viewer,admin"})
    void anUnknownRoleExitsWithTwo(String role) {
        assertEquals(0, CliRun.of("keys", keys.toString()).exitCode());
        CliRun run = CliRun.of("token", keys.toString(), role);

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown role '" + role + "'"), run.err());
        assertTrue(run.err().contains("viewer, analyst, editor, admin"), run.err());
    }

    @Test
    void anUnknownRoleExitsWithTwoEvenWithoutKeys() {
        CliRun run = CliRun.of("token", keys.resolve("none").toString(), "root");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void missingKeysExitWithOneAndSayWhatToDo() {
        Path empty = keys.resolve("empty");
        CliRun run = CliRun.of("token", empty.toString(), "viewer");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no privateKey.pem in " + empty), run.err());
        assertTrue(run.err().contains("'keys " + empty + "'"), run.err());
        assertFalse(Files.exists(empty), "token must not create keys");
        assertEquals(1, CliRun.of("tokens", empty.toString()).exitCode());
    }

    @Test
    void aDamagedKeyExitsWithOne() throws Exception {
        assertEquals(0, CliRun.of("keys", keys.toString()).exitCode());
        Files.writeString(keys.resolve("privateKey.pem"),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        CliRun run = CliRun.of("token", keys.toString(), "viewer");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertFalse(run.err().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "527041", "99999999999999999999"})
    void aBadTtlExitsWithTwo(String ttl) {
        assertEquals(0, CliRun.of("keys", keys.toString()).exitCode());
        CliRun run = CliRun.of("token", keys.toString(), "viewer", "--ttl-minutes", ttl);

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--ttl-minutes"), run.err());
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(2, CliRun.of().exitCode());
        assertEquals(2, CliRun.of("mint", keys.toString()).exitCode());
        assertEquals(2, CliRun.of("keys").exitCode());
        assertEquals(2, CliRun.of("token", keys.toString()).exitCode());
        assertEquals(2, CliRun.of("token", keys.toString(), "viewer", "extra").exitCode());
        assertEquals(2, CliRun.of("token", keys.toString(), "viewer", "--colour", "red").exitCode());
        assertEquals(2, CliRun.of("token", keys.toString(), "viewer", "--issuer").exitCode());
        assertEquals(2, CliRun.of("token", keys.toString(), "viewer", "--issuer", " ").exitCode());
        assertEquals(2, CliRun.of("tokens", keys.toString(), "--subject", "x").exitCode());
        assertEquals(2, CliRun.of("tokens", keys.resolve("none").toString(), "--ttl-minutes", "0").exitCode());
    }

    @Test
    void helpGoesToStdout() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("usage: claimtrail-tokens keys <dir>"), run.out());
        assertEquals("", run.err());
    }
}
