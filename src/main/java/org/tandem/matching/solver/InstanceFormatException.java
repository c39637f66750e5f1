package org.tandem.matching.solver;

/** A matching instance file is malformed; the message says where and what. */
public class InstanceFormatException extends RuntimeException {
    public InstanceFormatException(String message) {
        super(message);
    }

    public InstanceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
