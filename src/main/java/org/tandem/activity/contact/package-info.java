/**
 * Employer contact moments: the programme's plan (how many moments per released mentor and when, relative to the
 * start of the mentor's duo), moments planned and recorded by the employer contact or a coordinator, overdue ones,
 * and their place in the calendars.
 */
@org.springframework.modulith.NamedInterface("contact")
package org.tandem.activity.contact;
