package org.tandem.employer;

import java.util.List;
import java.util.Map;
import org.tandem.shared.Country;

/** An employer as a coordinator sees it: only the recruitments and mentors of the programmes in their scope. */
public record EmployerView(long id, String name, EmployerSector sector, boolean heavyProfession, SizeBand sizeBand,
        Country country, String city, String notes, List<ContactView> contacts, List<RecruitmentView> recruitments,
        List<MentorView> mentors, Map<MentorGroup, Long> mentorsByGroup, long version) {

    public EmployerDetails details() {
        return new EmployerDetails(name, sector, heavyProfession, sizeBand, country, city, notes);
    }
}
