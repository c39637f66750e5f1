package org.tandem.activity.intervision.web;

import java.util.List;
import java.util.Set;
import org.tandem.activity.intervision.IntervisionSessionView;
import org.tandem.activity.intervision.IntervisionTheme;
import org.tandem.activity.intervision.SessionRecord;

/** The facilitator's session record form, and the API's body. */
record RecordForm(List<IntervisionTheme> themes, String otherTheme, String note, Long version) {

    static RecordForm from(IntervisionSessionView session) {
        return new RecordForm(List.copyOf(session.themes()), session.otherTheme(), session.note(), session.version());
    }

    SessionRecord toCommand() {
        return new SessionRecord(themes == null ? Set.of() : Set.copyOf(themes), otherTheme, note, version);
    }
}
