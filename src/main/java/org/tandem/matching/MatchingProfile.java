package org.tandem.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.tandem.participant.LanguageLevel;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotPersonal;

/** Which criteria a programme matches on, hard or weighted, with their weights. */
@Entity
@Table(name = "matching_profile")
class MatchingProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_profile_seq")
    @SequenceGenerator(name = "matching_profile_seq", sequenceName = "matching_profile_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;

    @Enumerated(EnumType.STRING)
    @NotPersonal("a programme's matching rule")
    private LanguageLevel minimumLanguageLevel;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "matching_profile_criterion", joinColumns = @JoinColumn(name = "profile_id"))
    private List<Setting> criteria = new ArrayList<>();

    @Embeddable
    static class Setting {
        @Enumerated(EnumType.STRING)
        private Criterion criterion;
        @Enumerated(EnumType.STRING)
        @Column(name = "mode")
        private CriterionMode mode;
        private int weight;

        protected Setting() {
        }

        Setting(CriterionSetting setting) {
            criterion = setting.criterion();
            mode = setting.mode();
            weight = setting.weight();
        }

        CriterionSetting toSetting() {
            return new CriterionSetting(criterion, mode, weight);
        }
    }

    protected MatchingProfile() {
    }

    MatchingProfile(long programmeId, ScoringRules rules, Instant now) {
        this.programmeId = programmeId;
        change(rules.settings(), rules.minimumLanguageLevel(), now);
    }

    /** A profile needs at least one weighted criterion with a weight, or every allowed pair would score the same. */
    long version() {
        return version;
    }

    void change(List<CriterionSetting> settings, LanguageLevel minimumLanguageLevel, Instant now) {
        var seen = EnumSet.noneOf(Criterion.class);
        for (CriterionSetting s : settings) {
            if (!seen.add(s.criterion())) {
                throw new DomainException("matching.profile.duplicate", s.criterion());
            }
        }
        if (settings.stream().noneMatch(s -> s.mode() == CriterionMode.WEIGHTED && s.weight() > 0)) {
            throw new DomainException("matching.profile.noWeights");
        }
        criteria.clear();
        settings.forEach(s -> criteria.add(new Setting(s)));
        this.minimumLanguageLevel = minimumLanguageLevel == null ? LanguageLevel.B1 : minimumLanguageLevel;
        this.updatedAt = now;
    }

    ScoringRules rules(boolean forbidSameEmployer) {
        return new ScoringRules(criteria.stream().map(Setting::toSetting).toList(), minimumLanguageLevel,
                forbidSameEmployer);
    }

    long programmeId() {
        return programmeId;
    }
}
