package org.tandem.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandem.shared.Country;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;
import org.tandem.shared.NotPersonal;

/** A mentoring programme: the aggregate guards its status, its stage plan, its sites and its targets. */
@Entity
@Table(name = "programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotPersonal("a programme's name")
    private String name;
    @NotPersonal("a programme's description")
    private String description;

    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;

    private int defaultDurationMonths;

    @Enumerated(EnumType.STRING)
    private MeetingFrequency meetingFrequency;

    private Integer mentorMinimumAge;
    private Integer menteeMaximumAge;
    private int retentionMonths = Retention.DEFAULT_MONTHS;
    private int retentionMonthsRejected = Retention.DEFAULT_REJECTED_MONTHS;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "programme_language", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language")
    @NotPersonal("the languages a programme runs in")
    private Set<Language> languages = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("position")
    private List<Stage> stages = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("country, city")
    private List<Site> sites = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("id")
    private List<Target> targets = new ArrayList<>();

    protected Programme() {
    }

    static Programme draft(ProgrammeDetails details, Instant createdAt) {
        var programme = new Programme();
        programme.status = ProgrammeStatus.DRAFT;
        programme.createdAt = createdAt;
        programme.apply(details);
        return programme;
    }

    void describe(ProgrammeDetails details) {
        requireOpen();
        apply(details);
    }

    private void apply(ProgrammeDetails details) {
        if (details.defaultDurationMonths() < 1) {
            throw new FieldException("defaultDurationMonths", "programme.duration.invalid");
        }
        this.name = details.name().trim();
        this.description = details.description() == null || details.description().isBlank()
                ? null : details.description().trim();
        this.kind = details.kind();
        this.defaultDurationMonths = details.defaultDurationMonths();
        this.meetingFrequency = details.meetingFrequency();
        this.mentorMinimumAge = details.mentorMinimumAge();
        this.menteeMaximumAge = details.menteeMaximumAge();
        this.languages.clear();
        this.languages.addAll(details.languages());
    }

    /** The retention terms: at least a month each, the shorter one for rejected or withdrawn applications. */
    void keepFor(int months, int rejectedMonths) {
        if (months < 1 || months > Retention.MAX_MONTHS) {
            throw new FieldException("months", "programme.retention.invalid", Retention.MAX_MONTHS);
        }
        if (rejectedMonths < 1 || rejectedMonths > months) {
            throw new FieldException("rejectedMonths", "programme.retention.rejected.invalid");
        }
        this.retentionMonths = months;
        this.retentionMonthsRejected = rejectedMonths;
    }

    Retention retention() {
        return new Retention(id, retentionMonths, retentionMonthsRejected);
    }

    void moveTo(ProgrammeStatus target) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("programme.status.illegal", status, target);
        }
        this.status = target;
    }

    boolean isClosed() {
        return status == ProgrammeStatus.CLOSED;
    }

    void requireOpen() {
        if (isClosed()) {
            throw new DomainException("programme.closed");
        }
    }

    Stage addStage(String name, String description) {
        requireOpen();
        var stage = new Stage(stages.size() + 1, name, description);
        stages.add(stage);
        return stage;
    }

    void changeStage(long stageId, String name, String description, Long version) {
        requireOpen();
        var stage = stage(stageId);
        Versions.require(version, stage.version());
        stage.rename(name, description);
    }

    void removeStage(long stageId) {
        requireOpen();
        stages.remove(stage(stageId));
        renumberStages();
    }

    /** Moves a stage one place up (delta -1) or down (+1); at either end it stays where it is. */
    void moveStage(long stageId, int delta) {
        requireOpen();
        var ordered = orderedStages();
        int from = ordered.indexOf(stage(stageId));
        int to = Math.max(0, Math.min(ordered.size() - 1, from + delta));
        ordered.add(to, ordered.remove(from));
        applyOrder(ordered);
    }

    /** Puts the stages in the given order; the ids must be exactly this programme's stages. */
    void reorderStages(List<Long> stageIds) {
        requireOpen();
        var known = stages.stream().map(Stage::id).toList();
        if (stageIds.size() != known.size() || !new HashSet<>(stageIds).equals(new HashSet<>(known))) {
            throw new DomainException("stage.order.invalid");
        }
        applyOrder(stageIds.stream().map(this::stage).toList());
    }

    private List<Stage> orderedStages() {
        var ordered = new ArrayList<>(stages);
        ordered.sort(Comparator.comparingInt(Stage::position));
        return ordered;
    }

    private void applyOrder(List<Stage> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        stages.sort(Comparator.comparingInt(Stage::position));
    }

    private void renumberStages() {
        applyOrder(orderedStages());
    }

    private Stage stage(long stageId) {
        return stages.stream().filter(s -> s.id() != null && s.id() == stageId).findFirst()
                .orElseThrow(() -> new NotFoundException("stage", stageId));
    }

    Site addSite(String city, Country country) {
        requireOpen();
        if (sites.stream().anyMatch(site -> site.isAt(city, country))) {
            throw new FieldException("city", "site.duplicate", city.trim());
        }
        var site = new Site(city, country);
        sites.add(site);
        return site;
    }

    void removeSite(long siteId) {
        requireOpen();
        sites.remove(sites.stream().filter(s -> s.id() == siteId).findFirst()
                .orElseThrow(() -> new NotFoundException("site", siteId)));
    }

    Target addTarget(Metric metric, org.tandem.programme.Comparator comparator, int threshold) {
        requireOpen();
        var target = new Target(metric, comparator, threshold);
        targets.add(target);
        return target;
    }

    void changeTarget(long targetId, Metric metric, org.tandem.programme.Comparator comparator, int threshold,
            Long version) {
        requireOpen();
        var target = target(targetId);
        Versions.require(version, target.version());
        target.change(metric, comparator, threshold);
    }

    void removeTarget(long targetId) {
        requireOpen();
        targets.remove(target(targetId));
    }

    private Target target(long targetId) {
        return targets.stream().filter(t -> t.id() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("target", targetId));
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    ProgrammeKind kind() {
        return kind;
    }

    ProgrammeStatus status() {
        return status;
    }

    int defaultDurationMonths() {
        return defaultDurationMonths;
    }

    MeetingFrequency meetingFrequency() {
        return meetingFrequency;
    }

    Integer mentorMinimumAge() {
        return mentorMinimumAge;
    }

    Integer menteeMaximumAge() {
        return menteeMaximumAge;
    }

    Set<Language> languages() {
        return languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
    }

    List<Stage> stages() {
        return orderedStages();
    }

    List<Site> sites() {
        return List.copyOf(sites);
    }

    List<Target> targets() {
        return List.copyOf(targets);
    }
}
