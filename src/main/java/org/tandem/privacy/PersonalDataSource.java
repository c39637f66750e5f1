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
}
