package org.tandem.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says why a stored field whose name looks personal (a name, a text, a note) is not about a person, so that the
 * personal-data check accepts it; for example a programme's name or a workshop's description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotPersonal {

    /** Why this is not personal data. */
    String value();
}
