package org.tandem.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.evaluation.AnalysisIndex;
import org.tandem.reporting.ParticipantHome;
import org.tandem.reporting.ParticipantHomeService;

@RestController
@Tag(name = "Home", description = "What the signed-in mentor, mentee or researcher sees on their home page")
class MyHomeApiController {

    /** {@code participant} for a mentor or mentee, {@code programmes} for a researcher; null where it does not apply. */
    record MyHome(ParticipantHome participant, List<AnalysisIndex.ProgrammeWaves> programmes) {
    }

    private final ParticipantHomeService participants;
    private final AnalysisIndex analyses;
    private final AccountService accounts;

    MyHomeApiController(ParticipantHomeService participants, AnalysisIndex analyses, AccountService accounts) {
        this.participants = participants;
        this.analyses = analyses;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me/home")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE', 'RESEARCHER')")
    @Operation(summary = "A mentor's or mentee's duos with their next step and next activities; a researcher's "
            + "programmes with the survey waves they may analyse")
    MyHome home() {
        var user = accounts.requireCurrent();
        boolean participant = user.has(Role.MENTOR) || user.has(Role.MENTEE);
        return new MyHome(participant ? participants.home() : null,
                user.has(Role.RESEARCHER) ? analyses.programmes() : null);
    }
}
