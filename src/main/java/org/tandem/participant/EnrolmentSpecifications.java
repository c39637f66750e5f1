package org.tandem.participant;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The participant list's filters as one query, with the collection filters as sub-queries. */
final class EnrolmentSpecifications {

    private EnrolmentSpecifications() {
    }

    static Specification<Enrolment> matching(ParticipantFilter filter, Set<Long> scope) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            // one programme asked for: the scope decides whether it may be read, not a second condition on the
            // column (H2 2.5 skipped rows twice for OFFSET when an IN list and an equality on it used a sorted index)
            if (filter.programmeId() != null) {
                where.add(scope != null && !scope.contains(filter.programmeId()) ? cb.disjunction()
                        : cb.equal(root.get("programmeId"), filter.programmeId()));
            } else if (scope != null) {
                where.add(scope.isEmpty() ? cb.disjunction() : root.get("programmeId").in(scope));
            }
            if (filter.cohortId() != null) {
                where.add(cb.equal(root.get("cohortId"), filter.cohortId()));
            }
            if (filter.role() != null) {
                where.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.siteId() != null) {
                where.add(cb.equal(root.get("siteId"), filter.siteId()));
            }
            if (filter.employerId() != null) {
                where.add(cb.equal(root.get("employerId"), filter.employerId()));
            }
            if (filter.sector() != null) {
                var sub = query.subquery(Long.class);
                var e = sub.from(Enrolment.class);
                var sector = e.join("sectors");
                sub.select(e.get("id")).where(cb.equal(e.get("id"), root.get("id")), cb.equal(sector, filter.sector()));
                where.add(cb.exists(sub));
            }
            if (filter.language() != null) {
                var sub = query.subquery(Long.class);
                var e = sub.from(Enrolment.class);
                var language = e.joinMap("languages");
                sub.select(e.get("id")).where(cb.equal(e.get("id"), root.get("id")),
                        cb.equal(language.key(), filter.language()));
                where.add(cb.exists(sub));
            }
            if (filter.q() != null) {
                // names and e-mail address kept on the enrolment: "jan jansen" finds Jan Jansen too
                String like = "%" + filter.q().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                where.add(cb.like(root.get("searchText"), like));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
