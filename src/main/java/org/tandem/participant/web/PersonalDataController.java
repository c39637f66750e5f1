package org.tandem.participant.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tandem.participant.PersonalDataDownloads;
import org.tandem.privacy.DataExport;
import org.tandem.privacy.Requester.Format;

/**
 * Downloads of everything Tandem holds about a person (GDPR Art. 15 and 20), as a readable page and as JSON: the
 * person's own, and a participant's for an admin or the coordinators of their programme (404 for anyone else).
 */
@Controller
class PersonalDataController {

    private final PersonalDataDownloads downloads;

    PersonalDataController(PersonalDataDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/me/data")
    @PreAuthorize("isAuthenticated()")
    String mine(Model model) {
        model.addAttribute("export", downloads.mine(Format.PAGE));
        model.addAttribute("jsonLink", "/me/data.json");
        model.addAttribute("own", true);
        return "participant/personal-data";
    }

    @GetMapping("/me/data.json")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<DataExport> mineAsJson() {
        return attachment(downloads.mine(Format.JSON), "tandem-my-data.json");
    }

    @GetMapping("/participants/{id}/data")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String ofParticipant(@PathVariable long id, Model model) {
        model.addAttribute("export", downloads.ofEnrolment(id, Format.PAGE));
        model.addAttribute("jsonLink", "/participants/" + id + "/data.json");
        model.addAttribute("participantId", id);
        model.addAttribute("own", false);
        return "participant/personal-data";
    }

    @GetMapping("/participants/{id}/data.json")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<DataExport> ofParticipantAsJson(@PathVariable long id) {
        return attachment(downloads.ofEnrolment(id, Format.JSON), "tandem-participant-" + id + "-data.json");
    }

    @GetMapping("/api/v1/me/data")
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    DataExport mineByApi() {
        return downloads.mine(Format.API);
    }

    @GetMapping("/api/v1/participants/{id}/data")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseBody
    DataExport ofParticipantByApi(@PathVariable long id) {
        return downloads.ofEnrolment(id, Format.API);
    }

    private static ResponseEntity<DataExport> attachment(DataExport export, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(export);
    }
}
