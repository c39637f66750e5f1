package org.tandem.employer.web;

import org.springframework.validation.BindingResult;
import org.tandem.shared.FieldException;

/** Puts a domain refusal that belongs to one field next to that field, like any validation error. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult result, FieldException e) {
        if (result.getFieldType(e.field()) != null) {
            result.rejectValue(e.field(), e.code(), e.arguments(), e.code());
        } else {
            result.reject(e.code(), e.arguments(), e.code());
        }
    }
}
