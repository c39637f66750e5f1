package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.tandem.shared.ImportProperties;
import tools.jackson.databind.json.JsonMapper;

class UploadTooLargeAdviceTests {

    private final UploadTooLargeAdvice advice = new UploadTooLargeAdvice(messages(), JsonMapper.builder().build(),
            new ImportProperties(DataSize.ofMegabytes(10), 50_000));

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/import");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aPageGetsTheRefusalPageWithTheLimit() throws Exception {
        var response = new MockHttpServletResponse();
        var view = advice.tooLarge(new MockHttpServletRequest("POST", "/participants/import/1"), response,
                Locale.ENGLISH);
        assertThat(view.getViewName()).isEqualTo("error/refused");
        assertThat(view.getStatus().value()).isEqualTo(413);
        assertThat(view.getModel()).containsEntry("message", "The file is too large: at most 10 MB.");
    }

    @Test
    void theApiGetsProblemDetails() throws Exception {
        var response = new MockHttpServletResponse();
        var view = advice.tooLarge(new MockHttpServletRequest("POST", "/api/v1/cohorts/1/participants/import"),
                response, Locale.forLanguageTag("nl"));
        assertThat(view.isEmpty()).isTrue();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("Het bestand is te groot: hoogstens 10 MB.");
    }
}
