/**
 * The calendars over every kind of activity: ICS invites, personal feeds, reminders, and "my activities" (which the
 * home pages read).
 */
@org.springframework.modulith.NamedInterface("calendar")
package org.tandem.activity.calendar;
