package org.tandem.evaluation.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.evaluation.AnalysisViews.Comparison;
import org.tandem.evaluation.AnalysisViews.WaveAnalysis;
import org.tandem.evaluation.AnalysisViews.WaveRef;
import org.tandem.evaluation.Analyses;

/** The analyses as JSON: the same figures as the pages; groups under five come back suppressed, without figures. */
@RestController
@RequestMapping("/api/v1/evaluation")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
class AnalysisApiController {

    private final Analyses analyses;

    AnalysisApiController(Analyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/programmes/{programmeId}/waves")
    List<WaveRef> waves(@PathVariable long programmeId) {
        return analyses.waves(programmeId);
    }

    @GetMapping("/waves/{waveId}/analysis")
    WaveAnalysis wave(@PathVariable long waveId) {
        return analyses.wave(waveId);
    }

    @GetMapping("/comparison")
    Comparison compare(@RequestParam long before, @RequestParam long after) {
        return analyses.compare(before, after);
    }
}
