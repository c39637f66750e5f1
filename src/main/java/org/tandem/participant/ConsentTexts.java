package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.FieldException;

/**
 * The versions of a programme's consent texts. Version 1 of each purpose is Tandem's standard text until the
 * programme stores its own; a coordinator publishes newer ones, which take effect on their day. The current version
 * is the newest one in effect; people who agreed to an older version are asked again when a material one came after.
 */
@Service
public class ConsentTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ConsentTextRepository texts;
    private final ParticipantAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ConsentTexts(ConsentTextRepository texts, ParticipantAccess access, MessageSource messages, Clock clock) {
        this.texts = texts;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every version of every purpose of a programme, oldest first. */
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, List<ConsentTextView>> versions(long programmeId) {
        Map<ConsentPurpose, List<ConsentTextView>> all = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            all.put(purpose, new ArrayList<>());
        }
        texts.findByProgrammeIdOrderByPurposeAscNumberAsc(programmeId)
                .forEach(text -> all.get(text.purpose()).add(text.view()));
        all.forEach((purpose, versions) -> {
            if (versions.isEmpty() || versions.get(0).number() != 1) {
                versions.add(0, standard(purpose));
            }
        });
        return all;
    }

    /** The version of each purpose in effect today. */
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, ConsentTextView> current(long programmeId) {
        return current(versions(programmeId), today());
    }

    static Map<ConsentPurpose, ConsentTextView> current(Map<ConsentPurpose, List<ConsentTextView>> versions,
            LocalDate day) {
        Map<ConsentPurpose, ConsentTextView> current = new EnumMap<>(ConsentPurpose.class);
        versions.forEach((purpose, list) -> current.put(purpose, list.stream().filter(v -> v.effectiveOn(day))
                .reduce((a, b) -> b).orElse(list.get(0))));
        return current;
    }

    /** Whether a version in effect after the one agreed to changed the text materially: then the person is asked again. */
    static boolean renewalNeeded(List<ConsentTextView> versions, int agreed, LocalDate day) {
        return versions.stream().anyMatch(v -> v.number() > agreed && v.material() && v.effectiveOn(day));
    }

    /** The consents of one programme as the person and their coordinators see them. */
    List<EnrolmentView.ConsentView> views(long programmeId, List<Consent> consents) {
        if (consents.isEmpty()) {
            return List.of();
        }
        var versions = versions(programmeId);
        var day = today();
        var current = current(versions, day);
        return consents.stream().map(c -> new EnrolmentView.ConsentView(c.id(), c.purpose(), c.textVersion(),
                c.givenAt(), c.withdrawnAt(), c.renewed(), current.get(c.purpose()).number(),
                c.active() && renewalNeeded(versions.get(c.purpose()), c.textVersion(), day))).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The version a consent given now is given for, stored first if it is still the standard text. */
    int versionToAgree(long programmeId, ConsentPurpose purpose, Instant now) {
        var current = current(programmeId).get(purpose);
        if (current.publishedAt() == null) {
            texts.save(new ConsentText(programmeId, purpose, 1, current.texts(), null, false, now));
        }
        return current.number();
    }

    /**
     * A coordinator of the programme (or an admin) publishes a new version. It takes effect on its day, not before
     * today and not before the version before it; existing consents keep their version.
     */
    @Transactional
    public ConsentTextView publish(long programmeId, NewConsentText text) {
        access.requireManage(programmeId);
        if (text.purpose() == null) {
            throw new FieldException("purpose", "consentText.purpose.required");
        }
        var body = new ConsentTextView.Texts(required("textNl", text.textNl()), required("textEn", text.textEn()),
                required("textFr", text.textFr()));
        if (text.effectiveFrom() == null) {
            throw new FieldException("effectiveFrom", "consentText.effectiveFrom.required");
        }
        if (text.effectiveFrom().isBefore(today())) {
            throw new FieldException("effectiveFrom", "consentText.effectiveFrom.past");
        }
        var stored = texts.findByProgrammeIdAndPurposeOrderByNumber(programmeId, text.purpose());
        Instant now = Instant.now(clock);
        if (stored.isEmpty()) {
            stored = List.of(texts.save(new ConsentText(programmeId, text.purpose(), 1,
                    standard(text.purpose()).texts(), null, false, now)));
        }
        var latest = stored.get(stored.size() - 1);
        if (latest.effectiveFrom() != null && text.effectiveFrom().isBefore(latest.effectiveFrom())) {
            throw new FieldException("effectiveFrom", "consentText.effectiveFrom.beforeLatest", latest.number(),
                    latest.effectiveFrom());
        }
        return texts.save(new ConsentText(programmeId, text.purpose(), latest.number() + 1, body,
                text.effectiveFrom(), text.material(), now)).view();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "consentText.text.required");
        }
        if (value.length() > ConsentText.MAX_LENGTH) {
            throw new FieldException(field, "consentText.text.tooLong", ConsentText.MAX_LENGTH);
        }
        return value.strip();
    }

    /** Tandem's standard text: version 1 of every purpose, in effect from the start. */
    private ConsentTextView standard(ConsentPurpose purpose) {
        String key = "consent." + purpose.name() + ".v1";
        return new ConsentTextView(purpose, 1, new ConsentTextView.Texts(messages.getMessage(key, null, DUTCH),
                messages.getMessage(key, null, Locale.ENGLISH), messages.getMessage(key, null, Locale.FRENCH)),
                null, false, null);
    }
}
