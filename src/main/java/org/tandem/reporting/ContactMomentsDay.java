package org.tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.programme.ProgrammeSummary;

/**
 * The employer contact moments overdue in each programme, one line per programme that has any, linking to its
 * contact moments page where the overdue employers come first. The overview is built per programme with a fixed
 * number of queries, not one per mentor.
 */
@Component
class ContactMomentsDay implements DayItemSource {

    private final ContactMomentService contacts;

    ContactMomentsDay(ContactMomentService contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<DayItem> items(List<ProgrammeSummary> programmes, LocalDate today) {
        List<DayItem> items = new ArrayList<>();
        for (ProgrammeSummary programme : programmes) {
            long overdue = contacts.programme(programme.id()).overdue();
            if (overdue > 0) {
                items.add(new DayItem(DayItemKind.CONTACT_MOMENTS_OVERDUE, programme.id(), programme.name(), null,
                        overdue, overdue, null, null, "/programmes/" + programme.id() + "/contact-moments"));
            }
        }
        return items;
    }
}
