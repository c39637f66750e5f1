package org.tandem.programme.web;

import org.springframework.validation.BindingResult;
import org.tandem.shared.FieldException;

/** Puts a domain refusal that belongs to one field next to that field, like any validation error. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult result, FieldException e) {
        result.rejectValue(e.field(), e.code(), e.arguments(), e.code());
    }
}
