package org.tandem.account;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataField;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.PersonalDataSource;

/**
 * The account part of a person's data: their account with roles, their API tokens, their second factors (authenticator
 * app, recovery codes, passkeys), the password resets forced on them, and the invitations sent to their address.
 * Passwords, tokens, TOTP secrets, recovery codes and passkeys' public keys are credentials: said to be held, never
 * shown, not even as a hash.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final Passkeys passkeys;
    private final Clock clock;

    AccountPersonalData(EntityManager entities, Passkeys passkeys, Clock clock) {
        this.entities = entities;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "account";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var records = new ArrayList<DataRecord>();
        if (subject.accountId() != null) {
            var account = entities.find(UserAccount.class, subject.accountId());
            if (account != null) {
                records.add(DataRecord.of(account).with("roles", account.roles()).with("enabled", account.enabled()));
            }
            entities.createQuery("select t from ApiToken t where t.accountId = :account order by t.id", ApiToken.class)
                    .setParameter("account", subject.accountId()).getResultList()
                    .forEach(t -> {
                        var token = t.view();
                        records.add(DataRecord.of(t).with("name", token.name()).with("scope", token.scope())
                                .with("createdAt", token.createdAt()).with("expiresAt", token.expiresAt())
                                .with("lastUsedAt", token.lastUsedAt()).with("revokedAt", token.revokedAt()));
                    });
            entities.createQuery("select r from PasswordReset r where r.accountId = :account order by r.id",
                            PasswordReset.class)
                    .setParameter("account", subject.accountId()).getResultList()
                    .forEach(r -> records.add(DataRecord.of(r).with("createdAt", r.createdAt())
                            .with("expiresAt", r.expiresAt()).with("usedAt", r.usedAt())));
            entities.createQuery("select t from TotpFactor t where t.accountId = :account", TotpFactor.class)
                    .setParameter("account", subject.accountId()).getResultList()
                    .forEach(t -> records.add(DataRecord.of(t).with("createdAt", t.createdAt())));
            entities.createQuery("select c from RecoveryCode c where c.accountId = :account order by c.id",
                            RecoveryCode.class)
                    .setParameter("account", subject.accountId()).getResultList()
                    .forEach(c -> records.add(DataRecord.of(c).with("createdAt", c.createdAt())
                            .with("usedAt", c.usedAt())));
            if (account != null) {
                passkeys.of(account.email()).forEach(p -> records.add(new DataRecord("Passkey", List.of(
                        new DataField("publicKey", null, true, true))).with("label", p.label())
                        .with("createdAt", p.createdAt()).with("lastUsedAt", p.lastUsedAt())));
            }
        }
        if (subject.email() != null) {
            entities.createQuery("select i from Invitation i where i.email = :email order by i.id", Invitation.class)
                    .setParameter("email", subject.email()).getResultList()
                    .forEach(i -> records.add(DataRecord.of(i).with("roles", i.roles())
                            .with("expiresAt", i.expiresAt()).with("usedAt", i.usedAt())));
        }
        return records;
    }

    /**
     * The account stays as a row (what it did keeps its author id) but can no longer sign in: disabled, no roles or
     * programmes, an unusable password, its API tokens revoked, its open sessions ended; its address and name become
     * placeholders. Invitations to the address are removed.
     */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() != null) {
            long id = subject.accountId();
            var account = entities.find(UserAccount.class, id);
            if (account != null) {
                passkeys.removeAll(account.email());
                entities.createNativeQuery("delete from user_entities where name = ?1").setParameter(1, account.email())
                        .executeUpdate();
                entities.createNativeQuery("delete from spring_session where principal_name = ?1")
                        .setParameter(1, account.email()).executeUpdate();
                entities.createNativeQuery("delete from user_role where user_id = ?1").setParameter(1, id)
                        .executeUpdate();
                entities.createNativeQuery("delete from user_programme where user_id = ?1").setParameter(1, id)
                        .executeUpdate();
                entities.createQuery("update UserAccount a set a.email = :email, a.displayName = :name, "
                        + "a.passwordHash = 'erased', a.enabled = false, a.version = a.version + 1 where a.id = :id")
                        .setParameter("email", Erased.email("account", id))
                        .setParameter("name", "Erased account " + id).setParameter("id", id).executeUpdate();
            }
            entities.createQuery("delete from TotpFactor t where t.accountId = :account").setParameter("account", id)
                    .executeUpdate();
            entities.createQuery("delete from RecoveryCode c where c.accountId = :account").setParameter("account", id)
                    .executeUpdate();
            entities.createQuery("delete from PasswordReset r where r.accountId = :account").setParameter("account", id)
                    .executeUpdate();
            entities.createQuery("update ApiToken t set t.revokedAt = :now where t.accountId = :account "
                    + "and t.revokedAt is null").setParameter("now", Instant.now(clock))
                    .setParameter("account", id).executeUpdate();
            entities.createQuery("update ApiToken t set t.tokenHash = concat('erased-', cast(t.id as String)) "
                    + "where t.accountId = :account").setParameter("account", id).executeUpdate();
        }
        if (subject.email() != null) {
            entities.createQuery("select i from Invitation i where i.email = :email", Invitation.class)
                    .setParameter("email", subject.email()).getResultList().forEach(entities::remove);
        }
    }
}
