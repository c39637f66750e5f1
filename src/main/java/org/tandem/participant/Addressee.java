package org.tandem.participant;

import java.util.Locale;

/** Whom to mail about an enrolment, and in which language: for modules that tell participants something. */
public record Addressee(long enrolmentId, long programmeId, String firstName, String fullName, String email,
        Locale locale) {

    static Addressee of(Enrolment enrolment) {
        var person = enrolment.person();
        var language = person.data().preferredLanguage();
        return new Addressee(enrolment.id(), enrolment.programmeId(), person.firstName(), person.fullName(),
                person.email(), Locale.forLanguageTag(language == null ? "nl" : language.code()));
    }
}
