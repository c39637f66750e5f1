package org.tandem.duo.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.duo.AgreementService;
import org.tandem.duo.AgreementView;
import org.tandem.duo.MeetingLog;
import org.tandem.duo.MeetingService;

/** A duo's agreement (its versions, writing, signing) and its meeting log, as the caller may see them. */
@RestController
@RequestMapping("/api/v1/duos/{id}")
class AgreementApiController {

    private final AgreementService agreements;
    private final MeetingService meetings;

    AgreementApiController(AgreementService agreements, MeetingService meetings) {
        this.agreements = agreements;
        this.meetings = meetings;
    }

    /** The version to sign and, optionally, its revision as read: a version changed since is refused. */
    record Sign(Integer version, Long revision) {
    }

    @GetMapping("/agreements")
    @PreAuthorize("isAuthenticated()")
    List<AgreementView> versions(@PathVariable long id) {
        return agreements.versions(id);
    }

    /** Writes the agreement; answers with every version, the one in force first. */
    @PutMapping("/agreement")
    @PreAuthorize("isAuthenticated()")
    List<AgreementView> save(@PathVariable long id, @RequestBody AgreementForm body) {
        agreements.save(id, body.toCommand());
        return agreements.versions(id);
    }

    @PostMapping("/agreement/sign")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    List<AgreementView> sign(@PathVariable long id, @RequestBody Sign body) {
        agreements.sign(id, body.version(), body.revision());
        return agreements.versions(id);
    }

    @GetMapping("/meetings")
    @PreAuthorize("isAuthenticated()")
    MeetingLog meetings(@PathVariable long id) {
        return meetings.log(id);
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingLog log(@PathVariable long id, @RequestBody MeetingForm body) {
        meetings.record(id, body.toCommand());
        return meetings.log(id);
    }

    /** Deletes a meeting the caller logged themselves. */
    @DeleteMapping("/meetings/{meetingId}")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    MeetingLog delete(@PathVariable long id, @PathVariable long meetingId) {
        meetings.delete(id, meetingId);
        return meetings.log(id);
    }
}
