package org.tandem.duo.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.AgreementService;
import org.tandem.duo.AgreementView;
import org.tandem.duo.DuoDetails;
import org.tandem.programme.MeetingFrequency;

/** The agreement on the duo page: the version in force and its signatures, the edit form, earlier versions. */
@Component
class AgreementSection implements DuoSection {

    private final AgreementService agreements;

    AgreementSection(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "duo/agreement";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        var agreement = agreements.overview(duo.id());
        AgreementView current = agreement.current();
        boolean writable = agreement.writable();
        model.addAttribute("agreements", agreement.versions());
        model.addAttribute("agreement", current);
        model.addAttribute("agreementWritable", writable);
        model.addAttribute("agreementSignable", writable && current != null && !duo.viewer().coordinator()
                && current.signature(duo.viewer().side()) == null);
        if (writable && !model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", AgreementForm.from(agreement.draft()));
        }
        model.addAttribute("frequencies", MeetingFrequency.values());
        model.addAttribute("agreedModes", AgreedMode.values());
    }
}
