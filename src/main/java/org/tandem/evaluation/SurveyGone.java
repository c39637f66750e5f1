package org.tandem.evaluation;

import org.tandem.shared.DomainException;

/** A survey link that worked once but no longer does: answered already, expired, or the wave closed. */
public class SurveyGone extends DomainException {

    public SurveyGone(String code, Object... arguments) {
        super(code, arguments);
    }
}
