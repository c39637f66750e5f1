package org.tandem.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.notification.OutboxService;
import org.tandem.notification.OutgoingMail;

/** The invitation and reminder mails, in the invitee's language, with their personal link; queued in the outbox. */
@Component
class SurveyMails {

    private final OutboxService outbox;
    private final MessageSource messages;
    private final String baseUrl;

    SurveyMails(OutboxService outbox, MessageSource messages, @Value("${tandem.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void send(Invitees.Target to, SurveyWave wave, String title, String token, Instant expiresAt, ZoneId zone,
            boolean reminder) {
        Locale locale = to.locale();
        String link = baseUrl + "/survey/" + token;
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(expiresAt.minusSeconds(1).atZone(zone).toLocalDate());
        String kind = reminder ? "reminder" : "invitation";
        String subject = text("evaluation.mail." + kind + ".subject", locale, title);
        var body = new StringBuilder(text("evaluation.mail.greeting", locale, to.name())).append("\n\n")
                .append(text("evaluation.mail." + kind + ".body", locale, title)).append("\n\n").append(link)
                .append("\n\n").append(text("evaluation.mail.until", locale, until)).append('\n')
                .append(text(wave.anonymous() ? "evaluation.mail.anonymous" : "evaluation.mail.confidential",
                        locale)).append('\n');
        if (wave.purpose() == WavePurpose.RESEARCH) {
            body.append(text("evaluation.mail.research", locale)).append('\n');
        }
        body.append('\n').append(text("evaluation.mail.personal", locale));
        outbox.enqueue(new OutgoingMail(to.email(), to.name(), locale, subject, body.toString(), wave.programmeId(),
                "survey-" + kind));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
