package org.tandem.activity.intervision.web;

import org.tandem.activity.intervision.GroupDetails;
import org.tandem.activity.intervision.GroupView;

/** The form to form or change a group, and the API's body. */
record GroupForm(String name, Long siteId, Long cohortId, String facilitatorName, String facilitatorEmail,
        Long version) {

    static GroupForm empty() {
        return new GroupForm(null, null, null, null, null, null);
    }

    static GroupForm from(GroupView group) {
        return new GroupForm(group.name(), group.siteId(), group.cohortId(), group.facilitatorName(),
                group.facilitatorEmail(), group.version());
    }

    GroupDetails toCommand() {
        return new GroupDetails(name, siteId, cohortId, facilitatorName, facilitatorEmail, version);
    }
}
