package io.claimtrail.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key pair is created once, in the expected formats, and never overwritten. */
class KeyFilesTest {
    @TempDir
    Path temp;

    @Test
    void keysCommandCreatesPemFilesAndPrintsTheDirectory() throws Exception {
        Path dir = temp.resolve("nested/jwt");
        CliRun run = CliRun.of("keys", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(dir.toAbsolutePath().normalize() + System.lineSeparator(), run.out());
        String privatePem = Files.readString(dir.resolve("privateKey.pem"));
        String publicPem = Files.readString(dir.resolve("publicKey.pem"));
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
        assertTrue(privatePem.endsWith("-----END PRIVATE KEY-----\n"), privatePem);
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);
        assertTrue(publicPem.endsWith("-----END PUBLIC KEY-----\n"), publicPem);
        KeyPair pair = KeyFiles.load(dir);
        assertEquals(2048, ((RSAPublicKey) pair.getPublic()).getModulus().bitLength());
    }

    @Test
    void existingKeysAreNeverOverwritten() throws Exception {
        assertTrue(KeyFiles.ensure(temp));
        byte[] privateBefore = Files.readAllBytes(temp.resolve("privateKey.pem"));
        byte[] publicBefore = Files.readAllBytes(temp.resolve("publicKey.pem"));
        FileTime modifiedBefore = Files.getLastModifiedTime(temp.resolve("privateKey.pem"));

        assertFalse(KeyFiles.ensure(temp));
        assertEquals(0, CliRun.of("keys", temp.toString()).exitCode());

        assertArrayEquals(privateBefore, Files.readAllBytes(temp.resolve("privateKey.pem")));
        assertArrayEquals(publicBefore, Files.readAllBytes(temp.resolve("publicKey.pem")));
        assertEquals(modifiedBefore, Files.getLastModifiedTime(temp.resolve("privateKey.pem")));
    }

    @Test
    void privateKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class));
        KeyFiles.ensure(temp);
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("privateKey.pem"))));
    }

    @Test
    void aMissingPublicKeyIsRecreatedFromThePrivateKey() throws Exception {
        KeyFiles.ensure(temp);
        byte[] publicBefore = Files.readAllBytes(temp.resolve("publicKey.pem"));
        byte[] privateBefore = Files.readAllBytes(temp.resolve("privateKey.pem"));
        Files.delete(temp.resolve("publicKey.pem"));

        assertTrue(KeyFiles.ensure(temp));

        assertArrayEquals(publicBefore, Files.readAllBytes(temp.resolve("publicKey.pem")));
        assertArrayEquals(privateBefore, Files.readAllBytes(temp.resolve("privateKey.pem")));
    }

    @Test
    void aPublicKeyWithoutItsPrivateKeyIsLeftAloneAndReported() throws Exception {
        Files.writeString(temp.resolve("publicKey.pem"), "kept");
        CliRun run = CliRun.of("keys", temp.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("exists without privateKey.pem"), run.err());
        assertEquals("kept", Files.readString(temp.resolve("publicKey.pem")));
        assertFalse(Files.exists(temp.resolve("privateKey.pem")));
    }

    @Test
    void keysThatDoNotBelongTogetherAreRefused() throws Exception {
        Path other = temp.resolve("other");
        KeyFiles.ensure(temp);
        KeyFiles.ensure(other);
        Files.copy(other.resolve("publicKey.pem"), temp.resolve("publicKey.pem"),
                StandardCopyOption.REPLACE_EXISTING);

        ToolException e = assertThrows(ToolException.class, () -> KeyFiles.load(temp));
        assertTrue(e.getMessage().contains("do not belong together"), e.getMessage());
    }
}
