package org.tandem.account;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataField;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The account part of a person's data: their account with roles, their API tokens, their second factors (authenticator
 * app, recovery codes, passkeys) and the invitations sent to their address. Passwords, tokens, TOTP secrets, recovery
 * codes and passkeys' public keys are credentials: said to be held, never shown, not even as a hash.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final Passkeys passkeys;

    AccountPersonalData(EntityManager entities, Passkeys passkeys) {
        this.entities = entities;
        this.passkeys = passkeys;
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
}
