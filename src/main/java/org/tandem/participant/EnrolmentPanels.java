package org.tandem.participant;

import java.util.List;
import java.util.Set;

/**
 * Implemented by modules that have something to show on a participant's page (the activity module: the mentor's
 * training path, what is done and what is missing), so that this module renders it without knowing those modules
 * (as {@code programme.MetricProvider}). Called for coordinators who manage the enrolment.
 */
public interface EnrolmentPanels {

    /** Panels for this enrolment, or none. */
    List<Panel> panels(EnrolmentSummary enrolment);

    /**
     * A titled list of lines; titles and states are message keys, texts are shown as they are. The steps the
     * contributing module takes itself (a programme with a training path trains its mentors through it) are not
     * offered as manual steps on the page.
     */
    record Panel(String id, String titleKey, String summaryKey, List<Object> summaryArguments, List<Line> lines,
            String link, Set<EnrolmentStatus> automaticSteps) {
    }

    /** One line: a text (e.g. a module's name), a state message key, whether it is done. */
    record Line(String text, String stateKey, boolean done) {
    }
}
