package org.tandem.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the invitee chooses; the password is entered twice. */
record AcceptInvitationForm(
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = 12, max = 200, message = "{invitation.password.short}") String password,
        String passwordConfirmation) {

    static AcceptInvitationForm suggesting(String displayName) {
        return new AcceptInvitationForm(displayName, "", "");
    }

    boolean confirmed() {
        return password != null && password.equals(passwordConfirmation);
    }

    @Override
    public String toString() {
        return "AcceptInvitationForm[displayName=" + displayName + "]";
    }
}
