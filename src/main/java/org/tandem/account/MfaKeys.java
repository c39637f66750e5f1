package org.tandem.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of the TOTP secrets, kept apart from the database: tandem.mfa.key, or the file tandem.mfa.key-file, which a
 * first start makes (fine for one node; several nodes must share one key, so set tandem.mfa.key there).
 */
final class MfaKeys {

    private static final Logger log = LoggerFactory.getLogger(MfaKeys.class);

    private MfaKeys() {
    }

    static SecretCipher cipher(MfaProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(properties.key().strip()));
        }
        Path file = Path.of(properties.keyFile());
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                log.warn("No tandem.mfa.key: made a key for TOTP secrets in {} (several nodes must share one key)",
                        file.toAbsolutePath());
            }
            return new SecretCipher(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                    .strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the MFA key file " + file, e);
        }
    }
}
