package org.tandem.privacy;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The privacy module's own part of an export: the downloads of the person's data, and the ones the person made, so
 * that they see who took their data (Art. 15(1)(c)).
 */
@Component
class DownloadLog implements PersonalDataSource {

    private final DataDownloadRepository downloads;

    DownloadLog(DataDownloadRepository downloads) {
        this.downloads = downloads;
    }

    @Override
    public String module() {
        return "privacy";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        // -1 matches no account: a coordinator's export reaches the downloads from their programmes' records only
        long account = subject.accountId() == null ? -1 : subject.accountId();
        var enrolments = subject.enrolmentIds().isEmpty() ? List.of(-1L) : subject.enrolmentIds();
        return downloads.about(account, enrolments).stream()
                .map(d -> DataRecord.of(d).with("downloadedAt", d.downloadedAt()).with("scope", d.scope())
                        .with("format", d.format()))
                .toList();
    }

    /** Downloads stay in the log (who saw what), but an erased person who downloaded is no longer named. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() != null) {
            downloads.replaceRequester(subject.accountId(), Erased.email("account", subject.accountId()));
        }
    }
}
