package org.tandem.activity.intervision.web;

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
import org.tandem.activity.intervision.Candidate;
import org.tandem.activity.intervision.GroupView;
import org.tandem.activity.intervision.IntervisionService;
import org.tandem.activity.intervision.IntervisionSessionView;
import org.tandem.activity.intervision.MyGroupView;
import org.tandem.activity.intervision.Viewer;
import org.tandem.shared.FieldException;

/**
 * Intervision groups, their members and sessions, attendance and session records. Coordinators of the programme run
 * it; the facilitator reads the group and records; a member reads their group as {@link MyGroupView}.
 */
@RestController
@RequestMapping("/api/v1")
class IntervisionApiController {

    private final IntervisionService intervision;

    IntervisionApiController(IntervisionService intervision) {
        this.intervision = intervision;
    }

    record MemberRequest(Long enrolmentId) {
    }

    record CancelRequest(Long version) {
    }

    @GetMapping("/programmes/{programmeId}/intervision-groups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<GroupView> groups(@PathVariable long programmeId) {
        return intervision.groups(programmeId);
    }

    @PostMapping("/programmes/{programmeId}/intervision-groups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    GroupView create(@PathVariable long programmeId, @RequestBody GroupForm body) {
        return intervision.createGroup(programmeId, body.toCommand());
    }

    /** The whole group for its coordinators and facilitator; a member gets their own view of it. */
    @GetMapping("/intervision-groups/{id}")
    @PreAuthorize("isAuthenticated()")
    Object group(@PathVariable long id) {
        return intervision.viewerOf(id) == Viewer.MEMBER ? intervision.mine(id) : intervision.group(id);
    }

    @PutMapping("/intervision-groups/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    GroupView change(@PathVariable long id, @RequestBody GroupForm body) {
        return intervision.changeGroup(id, body.toCommand());
    }

    @GetMapping("/intervision-groups/{id}/candidates")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<Candidate> candidates(@PathVariable long id) {
        return intervision.candidates(id);
    }

    @PostMapping("/intervision-groups/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    GroupView addMember(@PathVariable long id, @RequestBody MemberRequest body) {
        if (body.enrolmentId() == null) {
            throw new FieldException("enrolmentId", "intervision.member.required");
        }
        return intervision.addMember(id, body.enrolmentId());
    }

    @DeleteMapping("/intervision-groups/{id}/members/{enrolmentId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    GroupView removeMember(@PathVariable long id, @PathVariable long enrolmentId) {
        return intervision.removeMember(id, enrolmentId);
    }

    @PostMapping("/intervision-groups/{id}/sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    List<IntervisionSessionView> plan(@PathVariable long id, @RequestBody PlanForm body) {
        return intervision.planSessions(id, body.toCommand());
    }

    @GetMapping("/intervision-sessions/{id}")
    @PreAuthorize("isAuthenticated()")
    IntervisionSessionView session(@PathVariable long id) {
        return intervision.session(id);
    }

    @PutMapping("/intervision-sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    IntervisionSessionView changeSession(@PathVariable long id, @RequestBody PlanForm body) {
        return intervision.changeSession(id, body.toCommand());
    }

    @PostMapping("/intervision-sessions/{id}/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    IntervisionSessionView cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest body) {
        return intervision.cancelSession(id, body == null ? null : body.version());
    }

    @PutMapping("/intervision-sessions/{id}/attendance")
    @PreAuthorize("isAuthenticated()")
    IntervisionSessionView attendance(@PathVariable long id, @RequestBody PresenceForm body) {
        return intervision.recordAttendance(id, body.toCommand());
    }

    @PutMapping("/intervision-sessions/{id}/record")
    @PreAuthorize("isAuthenticated()")
    IntervisionSessionView record(@PathVariable long id, @RequestBody RecordForm body) {
        return intervision.recordSession(id, body.toCommand());
    }

    @GetMapping("/me/intervision-groups")
    @PreAuthorize("isAuthenticated()")
    List<MyGroupView> mine() {
        return intervision.mine();
    }

    @GetMapping("/me/facilitated-intervision-groups")
    @PreAuthorize("isAuthenticated()")
    List<GroupView> facilitated() {
        return intervision.facilitated();
    }
}
