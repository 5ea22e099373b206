package io.claimtrail.tokens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads and writes RSA keys as PEM text: PKCS#8 private keys and X.509 SubjectPublicKeyInfo public keys. */
final class Pem {
    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    static byte[] encode(String type, byte[] der) {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
        String text = "-----BEGIN " + type + "-----\n"
                + base64.encodeToString(der) + "\n"
                + "-----END " + type + "-----\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        return rsa().generatePrivate(new PKCS8EncodedKeySpec(decode(PRIVATE_KEY, pem)));
    }

    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        return rsa().generatePublic(new X509EncodedKeySpec(decode(PUBLIC_KEY, pem)));
    }

    private static byte[] decode(String type, String pem) throws GeneralSecurityException {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException("not a PEM block of type " + type);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("bad base64 in PEM block of type " + type, e);
        }
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
