package org.tandem.account;

import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * A person's passkeys in Spring Security's WebAuthn tables, where the user entity's name is the account's e-mail
 * address. Registration and sign-in go through Spring Security's own endpoints (/webauthn/register,
 * /login/webauthn); this reads and removes.
 */
class Passkeys {

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final JdbcOperations jdbc;

    Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, JdbcOperations jdbc) {
        this.users = users;
        this.credentials = credentials;
        this.jdbc = jdbc;
    }

    List<PasskeyView> of(String email) {
        return records(email).stream()
                .map(c -> new PasskeyView(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        c.getLastUsed()))
                .toList();
    }

    /** At every password sign-in: one indexed count, no credential read. */
    boolean any(String email) {
        Integer count = jdbc.queryForObject("select count(*) from user_credentials c join user_entities u"
                + " on u.id = c.user_entity_user_id where u.name = ?", Integer.class, email);
        return count != null && count > 0;
    }

    /** Removes one of this person's passkeys; someone else's is not there for them. */
    boolean remove(String email, String credentialId) {
        boolean theirs = records(email).stream()
                .anyMatch(c -> c.getCredentialId().toBase64UrlString().equals(credentialId));
        if (theirs) {
            credentials.delete(Bytes.fromBase64(credentialId));
        }
        return theirs;
    }

    int removeAll(String email) {
        var all = records(email);
        all.forEach(c -> credentials.delete(c.getCredentialId()));
        return all.size();
    }

    private List<CredentialRecord> records(String email) {
        var user = users.findByUsername(email);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }
}
