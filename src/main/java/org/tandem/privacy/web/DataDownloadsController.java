package org.tandem.privacy.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.privacy.SubjectAccess;

/** The log of downloads of people's data, for admins: who took whose data, when and how. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DataDownloadsController {

    private static final int SHOWN = 500;

    private final SubjectAccess access;

    DataDownloadsController(SubjectAccess access) {
        this.access = access;
    }

    @GetMapping("/admin/data-downloads")
    String list(Model model) {
        model.addAttribute("downloads", access.latestDownloads(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "privacy/downloads";
    }
}
