package org.tandem.account;

public record UserSummary(long id, String email, String displayName) {

    static UserSummary from(UserAccount account) {
        return new UserSummary(account.id(), account.email(), account.displayName());
    }
}
