package org.tandem.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a stored field that holds personal data: what it is, why Tandem keeps it, and whether it is special-category
 * data (GDPR Art. 9). The processing register is generated from these marks, and a test refuses an entity field that
 * looks personal but carries neither this nor {@link NotPersonal}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    /** What the field holds. */
    Kind value();

    /** Why it is kept; the first is the main purpose. */
    Purpose[] purpose() default Purpose.PROGRAMME;

    /** Special-category data (GDPR Art. 9), such as migration background or country of birth. */
    boolean special() default false;

    enum Kind {
        /** First name, last name, display name. */
        NAME,
        /** E-mail address, phone number. */
        CONTACT,
        /** Birth year or date. */
        BIRTH,
        /** Gender, languages, education, work history, skills: who the person is. */
        PROFILE,
        /** City, postcode, address, region. */
        LOCATION,
        /** Text a person or a coordinator wrote about someone. */
        FREE_TEXT,
        /** What the person took part in, did or answered: attendance, meetings, outcomes, answers. */
        PARTICIPATION,
        /** A person's consent given or withdrawn. */
        CONSENT,
        /** Credentials and sign-in data: password hash, tokens, client address. */
        CREDENTIAL,
        /** Migration background, country of birth, health: special category. */
        SENSITIVE
    }

    enum Purpose {
        /** Running the programme the person enrolled in (GDPR Art. 6(1)(b) and (f)). */
        PROGRAMME,
        /** Proposing mentors and mentees to each other. */
        MATCHING,
        /** Mails, reminders and invitations sent to the person. */
        COMMUNICATION,
        /** Surveys and the programme's evaluation; research only with the research consent (Art. 6(1)(a), 9(2)(a)). */
        EVALUATION,
        /** Reporting to funders, in aggregates only. */
        REPORTING,
        /** Signing in and keeping accounts safe (Art. 32). */
        SECURITY
    }
}
