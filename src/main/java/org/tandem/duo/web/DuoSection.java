package org.tandem.duo.web;

import org.springframework.ui.Model;
import org.tandem.duo.DuoDetails;

/**
 * A part of the duo page (agreement, meetings, stages, health, closure): adds what its fragment needs to the model.
 * The page shows the sections in their order, each from the fragment {@code section} of its template.
 */
interface DuoSection {

    int order();

    /** The template holding the fragment {@code section}. */
    String template();

    void contribute(DuoDetails duo, Model model);
}
