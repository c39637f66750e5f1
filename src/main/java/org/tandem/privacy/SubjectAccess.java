package org.tandem.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access and portability (GDPR Art. 15 and 20): collects every module's part of a person's data through
 * {@link PersonalDataSource}, and records each download. Who may download whose data is decided by the module that
 * knows the people (participant); this service trusts the subject it is given.
 */
@Service
public class SubjectAccess {

    /** The order of the parts: the person first, then what they did, then the systems around them. */
    private static final List<String> ORDER = List.of("participant", "duo", "activity", "evaluation", "matching",
            "employer", "notification", "account", "privacy");

    private final List<PersonalDataSource> sources;
    private final DataDownloadRepository downloads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubjectAccess(List<PersonalDataSource> sources, DataDownloadRepository downloads, Clock clock,
            ApplicationEventPublisher events) {
        this.sources = sources;
        this.downloads = downloads;
        this.clock = clock;
        this.events = events;
    }

    /** Everything held about the subject, recorded as downloaded by the requester. */
    @Transactional
    public DataExport download(DataSubject subject, Requester requester, Long enrolmentId) {
        var export = collect(subject);
        downloads.save(new DataDownload(requester, subject, enrolmentId, export.recordCount(), export.generatedAt()));
        events.publishEvent(new PersonalDataDownloaded(requester.accountId(), requester.scope(), requester.format(),
                subject.accountId(), enrolmentId, subject.personIds(), export.recordCount(), export.generatedAt()));
        return export;
    }

    /** The modules that contribute to an export, in the order they are shown. */
    public List<String> modules() {
        return sources.stream().map(PersonalDataSource::module).distinct().sorted(byOrder()).toList();
    }

    @Transactional(readOnly = true)
    DataExport collect(DataSubject subject) {
        var parts = new LinkedHashMap<String, List<DataRecord>>();
        modules().forEach(module -> parts.put(module, new ArrayList<>()));
        if (!subject.isEmpty()) {
            for (var source : sources) {
                parts.get(source.module()).addAll(source.personalData(subject));
            }
        }
        return new DataExport(Instant.now(clock), parts.entrySet().stream()
                .map(e -> new DataExport.Part(e.getKey(), e.getValue())).toList());
    }

    /** The latest downloads, newest first, for the admins' list. */
    @Transactional(readOnly = true)
    public List<DownloadEntry> latestDownloads(int limit) {
        return downloads.findAllByOrderByDownloadedAtDescIdDesc(Limit.of(limit)).stream().map(DownloadEntry::from)
                .toList();
    }

    /** One line of the download log. */
    public record DownloadEntry(long id, Instant downloadedAt, String requestedBy, Requester.Scope scope,
            Requester.Format format, Long subjectAccountId, Long subjectEnrolmentId, String subjectPersonIds,
            int recordCount) {

        static DownloadEntry from(DataDownload d) {
            return new DownloadEntry(d.id(), d.downloadedAt(), d.requestedBy(), d.scope(), d.format(),
                    d.subjectAccountId(), d.subjectEnrolmentId(),
                    d.subjectPersonIds().stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                            .orElse(""), d.recordCount());
        }
    }

    private static Comparator<String> byOrder() {
        return Comparator.<String>comparingInt(m -> ORDER.contains(m) ? ORDER.indexOf(m) : ORDER.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
