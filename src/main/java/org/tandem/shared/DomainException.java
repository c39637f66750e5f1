package org.tandem.shared;

/**
 * A rule of the domain refused a change. The code is a message key, so the refusal reaches the user
 * in their own language; arguments fill the message.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public DomainException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
