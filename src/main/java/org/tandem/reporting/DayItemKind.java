package org.tandem.reporting;

/**
 * What a coordinator may have to do, in the order of the day when nothing is overdue: duos at risk of falling apart
 * first, then the people who wait for an answer, then what can be planned.
 */
public enum DayItemKind {
    AT_RISK_DUOS, PROPOSALS_WAITING, FOLLOW_UPS_DUE, CONTACT_MOMENTS_OVERDUE, FAILED_MAILS, APPLICATIONS_TO_SCREEN,
    INTAKES_THIS_WEEK, MENTORS_READY_TO_MATCH, ACTIVITIES_THIS_WEEK, SURVEY_WAVES_OPEN
}
