package org.tandem.evaluation.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.evaluation.AnswersRefused;
import org.tandem.evaluation.SurveyAnswering;
import org.tandem.evaluation.SurveyGone;
import org.tandem.shared.NotFoundException;

/**
 * The respondent's page, reached by the personal link without an account: the questionnaire in the invitee's language
 * (switchable), save and resume, submit. Unknown links are not found (404); used or expired ones are gone (410).
 */
@Controller
@RequestMapping("/survey/{token}")
@PermitAll
class SurveyController {

    private final SurveyAnswering answering;
    private final LocaleResolver locales;
    private final MessageSource messages;

    SurveyController(SurveyAnswering answering, LocaleResolver locales, MessageSource messages) {
        this.answering = answering;
        this.locales = locales;
        this.messages = messages;
    }

    @GetMapping
    @PermitAll
    String show(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            var page = answering.open(token);
            if (lang == null && request.getSession(false) == null) {
                // a first visit reads in the language the person was invited in; ?lang= switches
                locales.setLocale(request, response, Locale.forLanguageTag(page.language()));
                LocaleContextHolder.setLocale(Locale.forLanguageTag(page.language()));
            }
            return page(token, page, page.answers(), Map.of(), model);
        } catch (NotFoundException | SurveyGone e) {
            return unavailable(e, model, response);
        }
    }

    @PostMapping
    @PermitAll
    String save(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q.")) {
                raw.put(name.substring(2), values);
            }
        });
        boolean submit = action.equals("submit");
        try {
            try {
                answering.save(token, raw, submit);
            } catch (AnswersRefused e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return page(token, answering.open(token), raw, e.problems(), model);
            }
            if (submit) {
                return "redirect:/survey/" + token + "/done";
            }
            redirect.addFlashAttribute("notice", "evaluation.survey.saved");
            return "redirect:/survey/" + token;
        } catch (NotFoundException | SurveyGone e) {
            return unavailable(e, model, response);
        }
    }

    @GetMapping("/done")
    @PermitAll
    String done() {
        return "evaluation/survey-done";
    }

    private String page(String token, org.tandem.evaluation.SurveyView page, Map<String, List<String>> answers,
            Map<String, AnswersRefused.AnswerProblem> problems, Model model) {
        var locale = LocaleContextHolder.getLocale();
        var texts = new LinkedHashMap<String, String>();
        problems.forEach((key, p) -> texts.put(key, messages.getMessage(p.code(), p.args().toArray(), p.code(),
                locale)));
        model.addAttribute("token", token);
        model.addAttribute("survey", page);
        model.addAttribute("definition", page.definition());
        model.addAttribute("answers", answers);
        model.addAttribute("answerProblems", texts);
        model.addAttribute("until", java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(locale).format(page.expiresAt().minusSeconds(1)
                .atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
        return "evaluation/survey";
    }

    private static String unavailable(RuntimeException e, Model model, HttpServletResponse response) {
        boolean gone = e instanceof SurveyGone;
        response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", gone ? ((SurveyGone) e).code() : "evaluation.survey.unknown");
        model.addAttribute("reasonArgs", gone ? ((SurveyGone) e).arguments() : new Object[0]);
        return "evaluation/survey-unavailable";
    }
}
