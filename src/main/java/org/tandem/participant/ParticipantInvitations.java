package org.tandem.participant;

import java.util.EnumSet;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.InvitationService;
import org.tandem.account.IssuedInvitation;
import org.tandem.account.Role;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/** Accepted participants are invited to create an account, with a single-use link that expires. */
@Service
public class ParticipantInvitations {

    private static final EnumSet<EnrolmentStatus> ACCEPTED = EnumSet.of(EnrolmentStatus.ELIGIBLE,
            EnrolmentStatus.TRAINED, EnrolmentStatus.READY_TO_MATCH, EnrolmentStatus.MATCHED,
            EnrolmentStatus.ACTIVE);

    private final EnrolmentRepository enrolments;
    private final ParticipantAccess access;
    private final AccountService accounts;
    private final InvitationService invitations;

    ParticipantInvitations(EnrolmentRepository enrolments, ParticipantAccess access, AccountService accounts,
            InvitationService invitations) {
        this.enrolments = enrolments;
        this.access = access;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @Transactional
    public IssuedInvitation invite(long enrolmentId) {
        var enrolment = access.manageable(enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId)));
        if (!ACCEPTED.contains(enrolment.status())) {
            throw new DomainException("invitation.notAccepted");
        }
        var person = enrolment.person();
        if (accounts.findByEmail(person.email()).isPresent()) {
            throw new DomainException("invitation.hasAccount");
        }
        var language = person.data().preferredLanguage();
        // a call, not an event: the coordinator is shown the invitation's link at once, and the mail goes with it
        return invitations.inviteParticipant(person.email(), person.fullName(),
                enrolment.role() == ParticipantRole.MENTOR ? Role.MENTOR : Role.MENTEE,
                Locale.forLanguageTag(language == null ? "nl" : language.code()));
    }

    public boolean hasAccount(String email) {
        return accounts.findByEmail(email).isPresent();
    }
}
