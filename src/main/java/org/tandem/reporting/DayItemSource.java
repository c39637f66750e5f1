package org.tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import org.tandem.programme.ProgrammeSummary;

/**
 * Extension point of the coordinator's day: a bean of this type adds lines for the programmes the user manages.
 * The day's own lines come from the modules' counting reads; a kind that needs more than a count (the employer
 * contact moments overdue, {@code ContactMomentsDay}) joins by implementing this in this module over the owner's
 * public read. Sources must count with a fixed number of queries, never one per duo or participant.
 */
public interface DayItemSource {

    List<DayItem> items(List<ProgrammeSummary> programmes, LocalDate today);
}
