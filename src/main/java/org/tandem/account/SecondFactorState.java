package org.tandem.account;

/** Whether a person signing in with their password has a second step to take, known at the password check. */
enum SecondFactorState {
    /** No factor set up, and none required for their roles. */
    NONE,
    /** A factor is set up: it must be used after the password. */
    ENROLLED,
    /** Their role requires a factor and they have none: they set one up before anything else. */
    SETUP_REQUIRED
}
