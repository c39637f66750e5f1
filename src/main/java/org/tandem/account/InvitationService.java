package org.tandem.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Invitations to create an account: an admin invites an e-mail address with a role; the invitee opens the
 * link once, before it expires, chooses a name and a password, and has an account.
 */
@Service
public class InvitationService {

    static final int MINIMUM_PASSWORD_LENGTH = BootstrapAdmin.MINIMUM_PASSWORD_LENGTH;

    private final InvitationRepository invitations;
    private final AccountService accounts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final String baseUrl;

    InvitationService(InvitationRepository invitations, AccountService accounts, MessageSource messages,
            ApplicationEventPublisher events, Clock clock,
            @Value("${tandem.invitations.valid-days:14}") int validDays,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.validFor = Duration.ofDays(validDays);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Makes an invitation and answers its token (the only time it is known); admins only. */
    @Transactional
    public String invite(NewInvitation invitation) {
        requireAdmin();
        return issue(invitation);
    }

    private String issue(NewInvitation invitation) {
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new FieldException("email", "invitation.email.taken", invitation.email().trim());
        }
        String token = InvitationTokens.newToken();
        invitations.save(new Invitation(invitation, InvitationTokens.hash(token), Instant.now(clock), validFor));
        return token;
    }

    /** Makes an invitation and queues its mail, in the invitee's language, in the same transaction. */
    @Transactional
    public IssuedInvitation inviteAndNotify(NewInvitation invitation) {
        requireAdmin();
        return notify(invitation, issue(invitation));
    }

    /**
     * A coordinator invites an accepted mentor or mentee to create an account; the participant module has
     * checked that the person is in one of the coordinator's programmes.
     */
    @Transactional
    public IssuedInvitation inviteParticipant(String email, String displayName, Role role, Locale language) {
        if (role != Role.MENTOR && role != Role.MENTEE) {
            throw new IllegalArgumentException("only mentors and mentees are invited as participants");
        }
        var invitation = new NewInvitation(email, displayName, java.util.Set.of(role), null, language);
        return notify(invitation, issue(invitation));
    }

    private IssuedInvitation notify(NewInvitation invitation, String token) {
        String link = link(token);
        Instant expiresAt = Instant.now(clock).plus(validFor);
        Locale locale = invitation.language();
        String name = invitation.displayName() == null || invitation.displayName().isBlank()
                ? invitation.email() : invitation.displayName();
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(expiresAt.atZone(ZoneId.of("Europe/Amsterdam")));
        String subject = messages.getMessage("invitation.mail.subject", null, locale);
        String body = messages.getMessage("invitation.mail.body", new Object[] {name, link, until}, locale);
        events.publishEvent(new InvitationIssued(UserAccount.normalise(invitation.email()), name,
                locale.getLanguage(), subject, body));
        return new IssuedInvitation(UserAccount.normalise(invitation.email()), link, expiresAt);
    }

    public String link(String token) {
        return baseUrl + "/invitations/" + token;
    }

    /** The open invitation behind a token: unknown is not found, used or expired is gone. */
    @Transactional(readOnly = true)
    public InvitationView open(String token) {
        var invitation = find(token);
        invitation.requireOpen(Instant.now(clock));
        return InvitationView.from(invitation);
    }

    /** Creates the invited account and uses up the invitation; answers the new user's id. */
    @Transactional
    public long accept(String token, String displayName, String password) {
        var invitation = find(token);
        Instant now = Instant.now(clock);
        invitation.requireOpen(now);
        if (displayName == null || displayName.isBlank()) {
            throw new FieldException("displayName", "invitation.name.required");
        }
        PasswordPolicy.require(password, invitation.email());
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new InvitationGoneException("invitation.used");
        }
        invitation.accept(now);
        long id = accounts.create(new NewUser(invitation.email(), displayName.trim(), password, invitation.roles()));
        invitation.programmeIds().forEach(programmeId -> accounts.assignProgramme(id, programmeId));
        return id;
    }

    private Invitation find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("invitation", "?");
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("invitation", "?"));
    }

    private void requireAdmin() {
        if (accounts.current().filter(user -> user.has(Role.ADMIN)).isEmpty()) {
            throw new NotFoundException("invitations", "");
        }
    }
}
