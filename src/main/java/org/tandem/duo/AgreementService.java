package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * A duo's agreement, in versions. A coordinator or either member writes it while the duo is confirmed, active or
 * paused; each member signs for themselves. Both signatures on the current version start a confirmed duo. A change
 * after anyone signed is a new version; the earlier ones stay as they were.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    static final Set<DuoState> WRITABLE = EnumSet.of(DuoState.CONFIRMED, DuoState.ACTIVE, DuoState.PAUSED);

    private final AgreementRepository agreements;
    private final DuoAccess access;
    private final DuoService duos;
    private final DuoSettingsService settings;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, DuoAccess access, DuoService duos, DuoSettingsService settings,
            ProgrammeCatalogue catalogue, Clock clock) {
        this.agreements = agreements;
        this.access = access;
        this.duos = duos;
        this.settings = settings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Every version, newest (the one in force) first. */
    public List<AgreementView> versions(long duoId) {
        var duo = access.readable(duoId).duo();
        return views(agreements.findByDuoIdOrderByVersionNoDesc(duo.id()));
    }

    private static List<AgreementView> views(List<Agreement> newestFirst) {
        return newestFirst.stream().map(a -> a.view(a == newestFirst.get(0))).toList();
    }

    /**
     * The agreement part of a duo page from one read: its versions (newest first), whether the signed-in user may
     * write it now, and what the edit form starts from (the version in force, or the programme's proposal for a first
     * one; none when it cannot be written).
     */
    public AgreementOverview overview(long duoId) {
        var duo = access.readable(duoId).duo();
        var list = agreements.findByDuoIdOrderByVersionNoDesc(duo.id());
        var versions = views(list);
        if (!WRITABLE.contains(duo.state())) {
            return new AgreementOverview(versions, false, null);
        }
        return new AgreementOverview(versions, true, list.isEmpty() ? proposal(duo) : list.get(0).asChange());
    }

    /**
     * Writes the agreement: the first version, a change of an unsigned version, or a new version when someone
     * already signed. Saving what is already in force changes nothing. Returns the version in force.
     */
    @Transactional
    public int save(long duoId, AgreementChange terms) {
        var seen = access.readable(duoId);
        var duo = seen.duo();
        requireWritable(duo);
        if (terms == null) {
            throw new FieldException("goals", "agreement.goals.required");
        }
        var conduct = settings.of(duo.programmeId());
        Instant now = Instant.now(clock);
        String who = seen.viewer().email();
        var current = agreements.latestVersion(duo.id()).flatMap(v -> locked(duo, v));
        Versions.require(terms.version() == null ? null : terms.version().longValue(),
                current.map(Agreement::versionNo).orElse(0));
        Versions.require(terms.revision(), current.map(Agreement::version).orElse(-1L));
        if (current.isPresent() && current.get().sameAs(terms, conduct.codeOfConductVersion())) {
            return current.get().versionNo();
        }
        if (current.isPresent() && !current.get().signedByAnyone()) {
            current.get().change(terms, conduct.codeOfConduct(), conduct.codeOfConductVersion(), who, now);
            return current.get().versionNo();
        }
        var next = Agreement.draft(duo.id(), current.orElse(null), terms, conduct.codeOfConduct(),
                conduct.codeOfConductVersion(), who, now);
        try {
            agreements.saveAndFlush(next);
        } catch (DataIntegrityViolationException e) {
            // someone else saved a version with this number a moment ago
            throw new DomainException("agreement.concurrent");
        }
        return next.versionNo();
    }

    /** Signs the version in force without comparing its revision (see below). */
    @Transactional
    public void sign(long duoId, Integer version) {
        sign(duoId, version, null);
    }

    /**
     * The signed-in member signs the given version, which must be the one in force; with its revision as the
     * member read it, a version changed in place since (it was not signed yet) is refused, so that nobody signs
     * what they did not see. When both signed it, a confirmed duo starts.
     */
    @Transactional
    public void sign(long duoId, Integer version, Long revision) {
        var seen = access.asMember(duoId);
        var duo = seen.duo();
        requireWritable(duo);
        int current = agreements.latestVersion(duo.id())
                .orElseThrow(() -> new DomainException("agreement.sign.none"));
        if (version == null) {
            throw new FieldException("version", "agreement.sign.versionRequired");
        }
        if (version != current) {
            throw new DomainException("agreement.sign.notCurrent", version, current);
        }
        var agreement = locked(duo, version).orElseThrow(() -> new DomainException("agreement.concurrent"));
        Versions.require(revision, agreement.version());
        agreement.sign(seen.viewer().side(), seen.viewer().email(), Instant.now(clock));
        agreements.flush();
        if (agreement.signedByBoth()) {
            duos.agreementSigned(duo);
        }
    }

    /**
     * The version, locked against a signature or change at the same moment; refused when a newer version appeared
     * while waiting for the lock.
     */
    private java.util.Optional<Agreement> locked(Duo duo, int version) {
        var agreement = agreements.lockVersion(duo.id(), version);
        if (agreements.latestVersion(duo.id()).orElse(0) != version) {
            throw new DomainException("agreement.concurrent");
        }
        return agreement;
    }

    /** The frequency of the agreement in force, if there is one (for the meeting totals). */
    java.util.Optional<Agreement> current(long duoId) {
        return agreements.findFirstByDuoIdOrderByVersionNoDesc(duoId);
    }

    private AgreementChange proposal(Duo duo) {
        var defaults = catalogue.duoDefaults(duo.programmeId())
                .orElseThrow(() -> new NotFoundException("programme", duo.programmeId()));
        return new AgreementChange("", defaults.meetingFrequency(), null, defaults.defaultDurationMonths(), null, null,
                false, 0, null);
    }

    private static void requireWritable(Duo duo) {
        if (!WRITABLE.contains(duo.state())) {
            throw new DomainException("agreement.state", duo.state());
        }
    }
}
