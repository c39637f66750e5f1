package org.tandem.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tandem.shared.NotPersonal;

/**
 * One version of a programme's consent text for one purpose, in the three languages, from the day it takes effect.
 * Published once and never changed: a consent points at it by number. {@code material} says the change alters what
 * people agree to, so that those who agreed to an earlier version are asked again.
 */
@Entity
@Table(name = "consent_text")
class ConsentText {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_text_seq")
    @SequenceGenerator(name = "consent_text_seq", sequenceName = "consent_text_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private int number;

    @NotPersonal("the programme's consent text, the same for everybody")
    private String textNl;
    @NotPersonal("the programme's consent text, the same for everybody")
    private String textEn;
    @NotPersonal("the programme's consent text, the same for everybody")
    private String textFr;

    private LocalDate effectiveFrom;
    private boolean material;
    private Instant publishedAt;

    protected ConsentText() {
    }

    ConsentText(long programmeId, ConsentPurpose purpose, int number, ConsentTextView.Texts texts,
            LocalDate effectiveFrom, boolean material, Instant publishedAt) {
        this.programmeId = programmeId;
        this.purpose = purpose;
        this.number = number;
        this.textNl = texts.nl();
        this.textEn = texts.en();
        this.textFr = texts.fr();
        this.effectiveFrom = effectiveFrom;
        this.material = material;
        this.publishedAt = publishedAt;
    }

    ConsentTextView view() {
        return new ConsentTextView(purpose, number, new ConsentTextView.Texts(textNl, textEn, textFr), effectiveFrom,
                material, publishedAt);
    }

    long programmeId() {
        return programmeId;
    }

    ConsentPurpose purpose() {
        return purpose;
    }

    int number() {
        return number;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
