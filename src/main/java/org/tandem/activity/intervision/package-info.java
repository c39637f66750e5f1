/**
 * Intervision (peer supervision) groups of a programme's mentors: a facilitator, the members, a series of sessions
 * with attendance and a short session record that names no mentee. Reaches the calendars as a CalendarSource.
 */
@org.springframework.modulith.NamedInterface("intervision")
package org.tandem.activity.intervision;
