package org.tandem.research;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of one project. The project key is HKDF-SHA-256 (RFC 5869) of the master key with the project's
 * salt; a pseudonym is HMAC-SHA-256 of the internal id under that key, so that the same person keeps their pseudonym
 * in every export of the project, another project's pseudonyms cannot be linked to it, and nobody holding only the
 * database (ids and salts) can recompute them.
 */
final class Pseudonyms {

    private static final String HMAC = "HmacSHA256";
    private static final byte[] INFO = "tandem research pseudonyms v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] projectKey;

    private Pseudonyms(byte[] projectKey) {
        this.projectKey = projectKey;
    }

    static Pseudonyms forProject(byte[] masterKey, byte[] salt) {
        byte[] prk = hmac(salt, masterKey);
        byte[] info = new byte[INFO.length + 1];
        System.arraycopy(INFO, 0, info, 0, INFO.length);
        info[INFO.length] = 1;
        return new Pseudonyms(hmac(prk, info));
    }

    /** "P-" and 24 hex digits (96 bits) of the person's HMAC. */
    String person(long personId) {
        return "P-" + digest("person:" + personId);
    }

    /** "D-" and 24 hex digits of the duo's HMAC: a duo code that says nothing about the database. */
    String duo(long duoId) {
        return "D-" + digest("duo:" + duoId);
    }

    private String digest(String what) {
        byte[] mac = hmac(projectKey, what.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac, 0, 12);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
