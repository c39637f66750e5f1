package org.tandem.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.ProgrammeNames;

/** The programmes by name, for the admins' account pages (the account module cannot depend on this one). */
@Component
class AssignableProgrammes implements ProgrammeNames {

    private final ProgrammeCatalogue catalogue;

    AssignableProgrammes(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        var names = new LinkedHashMap<Long, String>();
        catalogue.all().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
