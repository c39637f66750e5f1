package org.tandem.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password after a forced reset, entered twice. */
record PasswordResetForm(
        @NotBlank @Size(min = 12, max = 200, message = "{invitation.password.short}") String password,
        String passwordConfirmation) {

    static PasswordResetForm empty() {
        return new PasswordResetForm("", "");
    }

    boolean confirmed() {
        return password != null && password.equals(passwordConfirmation);
    }

    @Override
    public String toString() {
        return "PasswordResetForm[]";
    }
}
