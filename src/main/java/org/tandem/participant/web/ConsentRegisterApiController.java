package org.tandem.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.participant.ConsentHolder;
import org.tandem.participant.ConsentOverview;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentRegister;
import org.tandem.participant.ConsentTextView;
import org.tandem.participant.ConsentTexts;
import org.tandem.participant.PageOf;

@RestController
@RequestMapping("/api/v1/programmes/{id}/consents")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Consent register", description = "A programme's consent texts, their versions and who agreed to which")
class ConsentRegisterApiController {

    private final ConsentRegister register;
    private final ConsentTexts texts;

    ConsentRegisterApiController(ConsentRegister register, ConsentTexts texts) {
        this.register = register;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Every version of every consent text, with the number of consents per version")
    ConsentOverview overview(@PathVariable long id) {
        return register.overview(id);
    }

    @GetMapping("/holders")
    @Operation(summary = "Who gave a consent for a purpose (optionally one version), newest first, 100 a page")
    PageOf<ConsentHolder> holders(@PathVariable long id, @RequestParam ConsentPurpose purpose,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "0") int page) {
        return register.holders(id, purpose, version, page);
    }

    @PostMapping("/texts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a new version of a consent text (material: people who agreed before are asked again)")
    ConsentTextView publish(@PathVariable long id, @Valid @RequestBody ConsentTextForm text) {
        return texts.publish(id, text.toCommand());
    }
}
