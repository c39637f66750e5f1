package org.tandem.privacy;

import java.util.List;

/**
 * A module's part of what Tandem holds about a person (GDPR Art. 15 and 20). Every module that stores personal data
 * implements it in its own package; the privacy module collects all of them and depends on none.
 */
public interface PersonalDataSource {

    /** The module's name, the heading its records are shown under. */
    String module();

    /** Everything the module holds about the subject, one record per stored row; empty when it holds nothing. */
    List<DataRecord> personalData(DataSubject subject);

    /**
     * Erases what {@link #personalData} covers for the subject (GDPR Art. 17), inside the caller's transaction: names,
     * addresses, free text and credentials go; rows that the programme's counts are made of stay, unlinked from the
     * person (see {@link Erased} for the placeholders). Must not fail for a subject the module holds nothing about.
     */
    void erase(DataSubject subject);
}
