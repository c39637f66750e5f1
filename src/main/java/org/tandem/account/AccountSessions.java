package org.tandem.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of an account (Spring Session JDBC keeps them indexed by the signed-in e-mail address). */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    int end(String email) {
        var repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var ids = repository.findByPrincipalName(email).keySet();
        ids.forEach(repository::deleteById);
        return ids.size();
    }
}
