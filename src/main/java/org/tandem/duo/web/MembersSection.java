package org.tandem.duo.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.DuoService;

/** Who is in the duo: the partner's shared profile for a member, both profiles for a coordinator. */
@Component
class MembersSection implements DuoSection {

    private final DuoService duos;

    MembersSection(DuoService duos) {
        this.duos = duos;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "duo/members";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        model.addAttribute("members", duos.members(duo.id()).members());
    }
}
