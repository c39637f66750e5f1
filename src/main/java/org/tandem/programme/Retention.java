package org.tandem.programme;

/**
 * How long a programme keeps a person's data (GDPR Art. 5(1)(e)): {@code months} after their last enrolment in it
 * ended (completed), {@code rejectedMonths} after an application was rejected or withdrawn. Defaults: 24 and 6.
 */
public record Retention(long programmeId, int months, int rejectedMonths) {

    public static final int DEFAULT_MONTHS = 24;
    public static final int DEFAULT_REJECTED_MONTHS = 6;
    public static final int MAX_MONTHS = 240;
}
