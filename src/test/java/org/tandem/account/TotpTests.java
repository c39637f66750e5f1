package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TOTP against RFC 6238's test vectors (appendix B), and the rules Tandem adds: ±1 step, each step once. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitsAreTheLastSixOfTheRfcValue() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109));
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo("081804");
    }

    @Test
    void acceptsOneStepEitherSideOnlyAndEachStepOnce() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, s), now, Long.MIN_VALUE)).hasValue(s);
        }
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, Long.MIN_VALUE)).isEmpty();
        // used already: the same step, or an earlier one, is refused
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step), now, step)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
        // spaces as an app shows them are fine; anything but six digits is no code
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.match(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, Long.MIN_VALUE))
                .hasValue(step);
        assertThat(Totp.match(SHA1_SEED, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, null, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(SHA1_SEED))).isEqualTo(SHA1_SEED);
    }

    @Test
    void secretsAreEncryptedWithARandomNonce() {
        var cipher = new SecretCipher(new byte[32]);
        String a = cipher.encrypt("JBSWY3DPEHPK3PXP");
        String b = cipher.encrypt("JBSWY3DPEHPK3PXP");
        assertThat(a).isNotEqualTo(b).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(cipher.decrypt(a)).isEqualTo("JBSWY3DPEHPK3PXP");
    }
}
