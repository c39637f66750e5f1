package org.tandem.shared;

/** A domain refusal that belongs to one field of the input (e.g. a duplicate name). */
public class FieldException extends DomainException {

    private final String field;

    public FieldException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
