package org.tandem.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.AnalysisExport;
import org.tandem.evaluation.AnalysisIndex;
import org.tandem.evaluation.AnalysisViews.Comparison;
import org.tandem.evaluation.AnalysisViews.ScaleChange;
import org.tandem.evaluation.Analyses;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation's analyses for coordinators and researchers: the programmes and their waves, one wave's scale
 * figures, and before/after between two waves, each table also as a workbook.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
class AnalysisController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Analyses analyses;
    private final AnalysisIndex index;
    private final AnalysisExport export;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    AnalysisController(Analyses analyses, AnalysisIndex index, AnalysisExport export, MessageSource messages) {
        this.analyses = analyses;
        this.index = index;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/evaluation")
    String index(Model model) {
        model.addAttribute("programmes", index.programmes());
        return "evaluation/analysis-index";
    }

    @GetMapping("/evaluation/waves/{waveId}")
    String wave(@PathVariable long waveId, Model model) {
        model.addAttribute("analysis", analyses.wave(waveId));
        return "evaluation/analysis-wave";
    }

    @GetMapping("/evaluation/waves/{waveId}/analysis.xlsx")
    ResponseEntity<byte[]> waveWorkbook(@PathVariable long waveId) {
        return workbook("wave-" + waveId, export.wave(analyses.wave(waveId), LocaleContextHolder.getLocale()));
    }

    @GetMapping("/evaluation/compare")
    String compare(@RequestParam long before, @RequestParam long after, Model model) {
        Comparison comparison = analyses.compare(before, after);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("comparison", comparison);
        model.addAttribute("sentences", comparison.scales().stream().map(c -> sentence(c, locale)).toList());
        model.addAttribute("chart", chart(comparison, locale));
        return "evaluation/analysis-compare";
    }

    @GetMapping("/evaluation/compare.xlsx")
    ResponseEntity<byte[]> compareWorkbook(@RequestParam long before, @RequestParam long after) {
        return workbook("before-after-" + before + "-" + after,
                export.comparison(analyses.compare(before, after), LocaleContextHolder.getLocale()));
    }

    /** "Self-confidence rose by 0.60 on a 5-point scale (95% CI 0.30 to 0.90)", or why there is no such sentence. */
    private String sentence(ScaleChange change, Locale locale) {
        var f = change.figures();
        String name = change.name().in(locale);
        if (f.n() < 2 || f.meanChange() == null) {
            return messages.getMessage("evaluation.analysis.sentence.tooFew", new Object[] {name, f.n()}, locale);
        }
        if (f.ciLow() == null) {
            return messages.getMessage("evaluation.analysis.sentence.noVariation",
                    new Object[] {name, number(f.meanChange(), locale)}, locale);
        }
        String direction = f.meanChange() > 0 ? "rose" : f.meanChange() < 0 ? "fell" : "same";
        String significance = change.pTHolm() != null && change.pTHolm() < 0.05 ? "significant" : "notSignificant";
        return messages.getMessage("evaluation.analysis.sentence." + direction,
                new Object[] {name, number(Math.abs(f.meanChange()), locale), change.points(),
                        number(f.ciLow(), locale), number(f.ciHigh(), locale), f.n()}, locale)
                + " " + messages.getMessage("evaluation.analysis.sentence." + significance,
                        new Object[] {change.pTHolm() == null ? "–" : p(change.pTHolm(), locale)}, locale);
    }

    /** Means before and after per scale, for the chart; the same numbers are in the table next to it. */
    private String chart(Comparison comparison, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (ScaleChange change : comparison.scales()) {
            labels.add(change.name().in(locale));
            before.add(change.figures().meanBefore());
            after.add(change.figures().meanAfter());
        }
        // inside a <script> element: no '<' may close it early, whatever a wave or scale is called
        return json.writeValueAsString(Map.of("labels", labels,
                "before", before, "after", after,
                "beforeLabel", comparison.before().name(), "afterLabel", comparison.after().name()))
                .replace("<", "\\u003c");
    }

    static String number(double value, Locale locale) {
        return String.format(locale, "%.2f", value);
    }

    static String p(double value, Locale locale) {
        return value < 0.001 ? "< 0.001" : String.format(locale, "%.3f", value);
    }

    private static ResponseEntity<byte[]> workbook(String name, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
                .contentType(XLSX)
                .body(content);
    }
}
