package org.tandem.account;

import org.tandem.shared.DomainException;

/** The invitation was used already or has expired: the link no longer works. */
public class InvitationGoneException extends DomainException {

    public InvitationGoneException(String code) {
        super(code);
    }
}
