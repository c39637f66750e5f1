package org.tandem.account;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for the account or from the client address; the same for known and unknown accounts.
 * A {@link LockedException}, so that the sign-in pages and the API can answer it without knowing this module.
 */
public class LoginThrottledException extends LockedException {

    LoginThrottledException() {
        super("too many failed sign-ins");
    }
}
