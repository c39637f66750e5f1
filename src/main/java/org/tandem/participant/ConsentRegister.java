package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/**
 * The consent register of a programme for its coordinators and admins: the texts and their versions with counts, and
 * who agreed to which version when, read with a grouped count and one page of rows whatever the programme's size.
 */
@Service
@Transactional(readOnly = true)
public class ConsentRegister {

    public static final int PAGE_SIZE = 100;

    private final EntityManager entities;
    private final ConsentTexts texts;
    private final ParticipantAccess access;
    private final ProgrammeCatalogue catalogue;

    ConsentRegister(EntityManager entities, ConsentTexts texts, ParticipantAccess access,
            ProgrammeCatalogue catalogue) {
        this.entities = entities;
        this.texts = texts;
        this.access = access;
        this.catalogue = catalogue;
    }

    public ConsentOverview overview(long programmeId) {
        String name = programmeName(programmeId);
        var versions = texts.versions(programmeId);
        var day = texts.today();
        var current = ConsentTexts.current(versions, day);
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                select c.purpose, c.textVersion, count(c), count(c.withdrawnAt),
                       sum(case when c.renewed = true then 1 else 0 end)
                from Consent c where c.programmeId = :programme group by c.purpose, c.textVersion""", Object[].class)
                .setParameter("programme", programmeId).getResultList()) {
            long all = ((Number) row[2]).longValue();
            long ended = ((Number) row[3]).longValue();
            long renewed = row[4] == null ? 0 : ((Number) row[4]).longValue();
            counts.put(row[0] + ":" + row[1], new long[] {all - ended, ended - renewed, renewed});
        }
        var purposes = new ArrayList<ConsentOverview.PurposeEntry>();
        versions.forEach((purpose, list) -> {
            int now = current.get(purpose).number();
            int lastMaterial = lastMaterial(list, day);
            long toAskAgain = 0;
            var entries = new ArrayList<ConsentOverview.VersionEntry>();
            for (var text : list) {
                long[] c = counts.getOrDefault(purpose + ":" + text.number(), new long[3]);
                if (text.number() < lastMaterial) {
                    toAskAgain += c[0];
                }
                entries.add(new ConsentOverview.VersionEntry(text, text.number() == now, c[0], c[1], c[2]));
            }
            purposes.add(new ConsentOverview.PurposeEntry(purpose, now, toAskAgain, entries));
        });
        return new ConsentOverview(programmeId, name, purposes);
    }

    /** One page of the people who gave a consent for the purpose, newest first; {@code version} narrows it. */
    public PageOf<ConsentHolder> holders(long programmeId, ConsentPurpose purpose, Integer version, int page) {
        programmeName(programmeId);
        int lastMaterial = lastMaterial(texts.versions(programmeId).get(purpose), texts.today());
        String where = "from Consent c, Person p where p.id = c.personId and c.programmeId = :programme "
                + "and c.purpose = :purpose" + (version == null ? "" : " and c.textVersion = :version");
        var count = entities.createQuery("select count(c) " + where, Long.class);
        var rows = entities.createQuery("select c.id, c.personId, p.firstName, p.lastName, c.textVersion, "
                + "c.givenAt, c.withdrawnAt, c.renewed, (select min(e.id) from Enrolment e where e.person.id = p.id) "
                + where + " order by c.givenAt desc, c.id desc", Object[].class);
        for (var query : List.of(count, rows)) {
            query.setParameter("programme", programmeId).setParameter("purpose", purpose);
            if (version != null) {
                query.setParameter("version", version);
            }
        }
        int safePage = Math.max(0, page);
        var holders = rows.setFirstResult(safePage * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(r -> {
                    int textVersion = ((Number) r[4]).intValue();
                    Instant withdrawnAt = (Instant) r[6];
                    return new ConsentHolder((Long) r[0], (Long) r[1], (Long) r[8],
                            ((r[2] == null ? "" : r[2] + " ") + (r[3] == null ? "" : r[3])).strip(), purpose,
                            textVersion, (Instant) r[5], withdrawnAt, (Boolean) r[7],
                            withdrawnAt == null && textVersion < lastMaterial);
                }).toList();
        return new PageOf<>(holders, safePage, PAGE_SIZE, count.getSingleResult());
    }

    /** A coordinator of the programme, or an admin; for anyone else the programme does not exist. */
    private String programmeName(long programmeId) {
        access.requireManage(programmeId);
        return catalogue.rules(programmeId).map(r -> r.name())
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
    }

    /** The newest material version in effect, or 0: consents for a version before it are to be asked again. */
    private static int lastMaterial(List<ConsentTextView> versions, java.time.LocalDate day) {
        return versions.stream().filter(v -> v.material() && v.effectiveOn(day)).mapToInt(ConsentTextView::number)
                .max().orElse(0);
    }
}
