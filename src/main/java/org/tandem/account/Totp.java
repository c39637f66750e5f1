package org.tandem.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): 30-second steps, 6 digits, HMAC-SHA1 as every
 * authenticator app expects. Written on javax.crypto: the algorithm is a dozen lines, and the Java TOTP libraries on
 * Maven Central are unmaintained.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** One step either side of now: a phone's clock a little off, or a code typed just as it changed. */
    static final int DRIFT_STEPS = 1;

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] key, long step) {
        return code(key, step, DIGITS, "HmacSHA1");
    }

    /** RFC 4226 section 5.3 (dynamic truncation), for any HMAC and length (the RFC 6238 test vectors use several). */
    static String code(byte[] key, long step, int digits, String hmac) {
        try {
            var mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            int otp = (int) (binary % (long) Math.pow(10, digits));
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " unavailable", e);
        }
    }

    /**
     * The step whose code this is, within the drift around now and later than the last step accepted (so each code
     * is taken once), or empty. Compared in constant time.
     */
    static OptionalLong match(byte[] key, String code, Instant now, long lastUsedStep) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
            if (s > lastUsedStep && MessageDigest.isEqual(code(key, s).getBytes(), typed.getBytes())) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }
}
