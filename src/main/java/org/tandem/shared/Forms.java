package org.tandem.shared;

import org.springframework.validation.BindingResult;

/**
 * How page forms report a domain refusal: next to its field, like any validation error, when the form has that
 * field; otherwise at the top of the form (templates show those with {@code fragments/forms :: global}).
 */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, DomainException e) {
        reject(result, e instanceof FieldException field ? field.field() : null, e);
    }

    /** For forms whose field sits at another path than the refusal names (e.g. "email" in "person.email"). */
    public static void reject(BindingResult result, String path, DomainException e) {
        if (path != null && onForm(result, path)) {
            result.rejectValue(path, e.code(), e.arguments(), e.code());
        } else {
            result.reject(e.code(), e.arguments(), e.code());
        }
    }

    private static boolean onForm(BindingResult result, String path) {
        if (result.getTarget() == null) {
            return false;
        }
        try {
            return result.getFieldType(path) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
