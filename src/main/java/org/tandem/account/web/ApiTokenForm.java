package org.tandem.account.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.account.ApiTokenScope;

/** A new API token: a name to recognise it by, the last day it works and what it may do. */
record ApiTokenForm(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        ApiTokenScope scope) {

    static ApiTokenForm empty(LocalDate today) {
        return new ApiTokenForm("", today.plusDays(90), ApiTokenScope.READ_ONLY);
    }
}
