package org.tandem.shared;

import org.tandem.shared.DomainException;

/** The file as a whole cannot be imported (too large, not a CSV or XLSX, a zip bomb, too many rows). */
public class ImportRefusedException extends DomainException {

    public ImportRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
