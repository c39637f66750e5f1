package org.tandem.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC credential store, telling the rest of Tandem (audit) when a passkey is registered or
 * removed: Spring's registration endpoint saves here, and so does every sign-in (the counter and last use), which is
 * no change of factor.
 */
class PublishingUserCredentialRepository implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingUserCredentialRepository(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository users,
            UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.users = users;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void save(CredentialRecord credential) {
        boolean isNew = stored.findByCredentialId(credential.getCredentialId()) == null;
        stored.save(credential);
        if (isNew) {
            accountOf(credential.getUserEntityUserId()).ifPresent(id -> events.publishEvent(
                    new SecondFactorEnrolled(id, SecondFactorKind.PASSKEY, Instant.now(clock))));
        }
    }

    @Override
    public void delete(Bytes credentialId) {
        var credential = stored.findByCredentialId(credentialId);
        stored.delete(credentialId);
        if (credential != null) {
            accountOf(credential.getUserEntityUserId()).ifPresent(id -> events.publishEvent(
                    new SecondFactorRemoved(id, SecondFactorKind.PASSKEY, Instant.now(clock))));
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    private java.util.Optional<Long> accountOf(Bytes userEntityId) {
        var user = users.findById(userEntityId);
        return user == null ? java.util.Optional.empty()
                : accounts.findByEmail(user.getName()).map(UserAccount::id);
    }
}
