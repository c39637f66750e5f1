package org.tandem.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key of the research pseudonyms, kept apart from the database: {@code tandem.research.key} (Base64 of at
 * least 32 bytes) or the file {@code tandem.research.key-file} holding it. Without either, the demo (embedded default)
 * makes one at first start in {@code ./data/research.key}; anywhere else there is no key and exports are refused.
 */
@Component
class ResearchKeys {

    private static final Logger log = LoggerFactory.getLogger(ResearchKeys.class);
    static final int MIN_BYTES = 32;

    private final byte[] master;

    ResearchKeys(@Value("${tandem.research.key:}") String key, @Value("${tandem.research.key-file:}") String keyFile,
            @Value("${tandem.demo.enabled:false}") boolean demo,
            @Value("${tandem.research.demo-key-file:./data/research.key}") String demoKeyFile) {
        this.master = load(key, keyFile, demo, demoKeyFile);
    }

    Optional<byte[]> master() {
        return Optional.ofNullable(master).map(byte[]::clone);
    }

    private static byte[] load(String key, String keyFile, boolean demo, String demoKeyFile) {
        if (!key.isBlank()) {
            return decode(key, "tandem.research.key");
        }
        if (!keyFile.isBlank()) {
            return read(Path.of(keyFile));
        }
        if (demo) {
            Path file = Path.of(demoKeyFile);
            if (!Files.exists(file)) {
                generate(file);
            }
            return read(file);
        }
        log.warn("No research key configured (tandem.research.key or tandem.research.key-file): research exports are "
                + "refused until one is set");
        return null;
    }

    private static void generate(Path file) {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the default permissions
            }
            log.info("Demo research key made in {} (outside the database)", file.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the demo research key file " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "key file " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the research key file " + file, e);
        }
    }

    private static byte[] decode(String text, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the research key (" + where + ") is not Base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("the research key (" + where + ") must be at least " + MIN_BYTES
                    + " bytes");
        }
        return bytes;
    }
}
