package org.tandem.activity.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.activity.MentorTraining;
import org.tandem.activity.SessionView;
import org.tandem.activity.TrainingPathView;
import org.tandem.activity.TrainingService;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** A programme's training path, its sessions and attendance, its mentors' progress, e-learning completions. */
@RestController
@RequestMapping("/api/v1")
class TrainingApiController {

    private final TrainingService training;

    TrainingApiController(TrainingService training) {
        this.training = training;
    }

    record CompletionRequest(Long enrolmentId) {
    }

    @GetMapping("/programmes/{programmeId}/training-path")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    TrainingPathView path(@PathVariable long programmeId) {
        var path = training.path(programmeId);
        if (path == null) {
            throw new NotFoundException("training path", programmeId);
        }
        return path;
    }

    @PutMapping("/programmes/{programmeId}/training-path")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    TrainingPathView definePath(@PathVariable long programmeId, @RequestBody PathForm body) {
        return training.definePath(programmeId, body.toCommand());
    }

    @GetMapping("/programmes/{programmeId}/training-sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<SessionView> sessions(@PathVariable long programmeId) {
        return training.sessions(programmeId);
    }

    @PostMapping("/programmes/{programmeId}/training-sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView plan(@PathVariable long programmeId, @RequestBody SessionForm body) {
        if (body.moduleId() == null) {
            throw new FieldException("moduleId", "training.module.kind.required");
        }
        return training.planSession(programmeId, body.moduleId(), body.toCommand());
    }

    @GetMapping("/programmes/{programmeId}/training-mentors")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<MentorTraining> mentors(@PathVariable long programmeId) {
        return training.mentors(programmeId);
    }

    @GetMapping("/training-sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    SessionView session(@PathVariable long id) {
        return training.session(id);
    }

    @PutMapping("/training-sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    SessionView change(@PathVariable long id, @RequestBody SessionForm body) {
        return training.changeSession(id, body.toCommand());
    }

    @PutMapping("/training-sessions/{id}/attendance")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    SessionView attendance(@PathVariable long id, @RequestBody AttendanceForm body) {
        return training.recordAttendance(id, body.toCommand());
    }

    @PostMapping("/training-modules/{moduleId}/completions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    MentorTraining complete(@PathVariable long moduleId, @RequestBody CompletionRequest body) {
        if (body.enrolmentId() == null) {
            throw new FieldException("enrolmentId", "training.attendance.unknown");
        }
        return training.completeElearning(moduleId, body.enrolmentId());
    }
}
