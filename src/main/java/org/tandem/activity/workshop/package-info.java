/**
 * Workshops and events of a programme (labour-market themes and the like): planned by its coordinators, open to
 * mentors, mentees, both or employer contacts, with a registration window, a waiting list that moves up by itself,
 * and attendance taken at the door.
 */
@org.springframework.modulith.NamedInterface("workshop")
package org.tandem.activity.workshop;
