package org.tandem.account;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The account part of a person's data: their account with roles, their API tokens, the password resets forced on them, and the invitations sent to their
 * address. The password and the tokens are said to be held, never shown, not even as a hash.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    AccountPersonalData(EntityManager entities) {
        this.entities = entities;
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
