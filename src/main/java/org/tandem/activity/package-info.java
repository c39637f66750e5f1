/**
 * Activities around the duos: the mentors' training path (root package), intervision groups, workshops with
 * registration, employer contact moments, and the calendars (ICS invites, personal feeds, reminders) over all of them.
 * Each kind lives in its own sub-package and reaches the calendars through the CalendarSource of the calendar one.
 */
@ApplicationModule(allowedDependencies = {"duo", "employer", "participant", "programme", "account", "notification", "privacy", "shared"})
package org.tandem.activity;

import org.springframework.modulith.ApplicationModule;
