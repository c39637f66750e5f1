package org.tandem.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * Password rules after NIST SP 800-63B: length over composition (at least 12 characters, no rules about digits or
 * capitals), and no password that is common or breached (bundled list, see the resource for its source) or that
 * contains the person's e-mail name. Answers the message code of the first rule broken.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("invitation.password.short");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        // a common password with digits or signs around it ("password1234!") is as weak as the password itself
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(core) || lower.chars().distinct().count() <= 2) {
            return Optional.of("password.common");
        }
        if (email != null && email.contains("@")) {
            String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (name.length() >= 3 && lower.contains(name)) {
                return Optional.of("password.email");
            }
        }
        return Optional.empty();
    }

    static void require(String password, String email) {
        violation(password, email).ifPresent(code -> {
            throw new org.tandem.shared.FieldException("password", code, MINIMUM_LENGTH);
        });
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
