package io.claimtrail.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/** The signing key pair on disk: {@code privateKey.pem} and {@code publicKey.pem} in one directory. */
public final class KeyFiles {
    static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";
    private static final int KEY_BITS = 2048;

    private KeyFiles() {
    }

    /** Creates whichever files are missing, never touching an existing one; true if anything was written. */
    public static boolean ensure(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        boolean hasPrivate = Files.exists(privateFile);
        boolean hasPublic = Files.exists(publicFile);
        if (hasPrivate && hasPublic) {
            return false;
        }
        if (hasPublic) {
            throw ToolException.failed(publicFile + " exists without " + PRIVATE_KEY_FILE
                    + ": move it away to create a new key pair");
        }
        Files.createDirectories(dir);
        PublicKey publicKey;
        if (hasPrivate) {
            publicKey = publicKeyOf(Pem.privateKey(Files.readString(privateFile, StandardCharsets.US_ASCII)));
        } else {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            try {
                writeNew(privateFile, Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded()), true);
            } catch (FileAlreadyExistsException e) {
                return false; // another run created the pair at the same moment; keep theirs
            }
            publicKey = pair.getPublic();
        }
        writeNew(publicFile, Pem.encode(Pem.PUBLIC_KEY, publicKey.getEncoded()), false);
        return true;
    }

    /** Reads both keys and checks that they belong together. */
    public static KeyPair load(Path dir) throws IOException, GeneralSecurityException {
        PrivateKey privateKey = Pem.privateKey(read(dir, PRIVATE_KEY_FILE));
        PublicKey publicKey = Pem.publicKey(read(dir, PUBLIC_KEY_FILE));
        if (!((RSAPublicKey) publicKey).getModulus().equals(((RSAPublicKey) publicKeyOf(privateKey)).getModulus())) {
            throw ToolException.failed(PRIVATE_KEY_FILE + " and " + PUBLIC_KEY_FILE + " in " + dir
                    + " do not belong together");
        }
        return new KeyPair(publicKey, privateKey);
    }

    private static String read(Path dir, String name) throws IOException {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw ToolException.failed("no " + name + " in " + dir
                    + ": create the key pair first with 'keys " + dir + "'");
        }
    }

    private static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("the private key does not carry its public exponent");
        }
        return KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static void writeNew(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (ownerOnly && Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            // Created with its final permissions, so the key is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, content);
    }
}
