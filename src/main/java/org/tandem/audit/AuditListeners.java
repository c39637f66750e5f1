package org.tandem.audit;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.account.AccountChanged;
import org.tandem.account.AccountLocked;
import org.tandem.account.AccountService;
import org.tandem.account.RecoveryCodeUsed;
import org.tandem.account.RecoveryCodesIssued;
import org.tandem.account.SecondFactorEnrolled;
import org.tandem.account.SecondFactorRemoved;
import org.tandem.account.SecondFactorReset;
import org.tandem.account.UserSummary;
import org.tandem.participant.RetentionRan;
import org.tandem.participant.SensitiveDataBreakGlass;
import org.tandem.participant.SensitiveDataShown;
import org.tandem.privacy.PersonErased;
import org.tandem.privacy.PersonalDataDownloaded;
import org.tandem.research.ExportFormat;
import org.tandem.research.ResearchExported;

/**
 * Turns the other modules' events into audit entries. Synchronous listeners: an entry is written in the publisher's
 * transaction where there is one, so that a change and its entry are kept or lost together. A new event takes one
 * method here (and its action's text as {@code audit.action.<code>} in the audit bundles).
 */
@Component
class AuditListeners {

    private final AuditLog log;
    private final AccountService accounts;

    AuditListeners(AuditLog log, AccountService accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        var account = accountOf(e.getAuthentication().getName());
        log.record(AuditRecord.of("sign-in").by(account).account(account).detail(api() ? "http-basic" : "form"),
                addressOf(e.getAuthentication()));
    }

    /** The address tried is kept (the only clue to an attack), never the password. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        String tried = e.getAuthentication().getName();
        String reason = e instanceof AuthenticationFailureBadCredentialsEvent ? "bad-credentials"
                : e instanceof AuthenticationFailureLockedEvent ? "throttled"
                : e instanceof AuthenticationFailureDisabledEvent ? "deactivated" : "other";
        log.record(AuditRecord.of("sign-in.failed").byName(tried).account(accountOf(tried))
                .detail(reason + (api() ? ",http-basic" : ",form")), addressOf(e.getAuthentication()));
    }

    @EventListener
    void on(AccountLocked e) {
        log.record(AuditRecord.of("account.locked").byName(e.email()).account(accountOf(e.email())));
    }

    @EventListener
    void on(SensitiveDataShown e) {
        log.record(AuditRecord.of("sensitive.read").by(e.accountId()).person(e.personId()).enrolment(e.enrolmentId())
                .programme(e.programmeId()));
    }

    /** The reason is free text that may name people: the entry keeps that it was given, the log line is gone. */
    @EventListener
    void on(SensitiveDataBreakGlass e) {
        log.record(AuditRecord.of("sensitive.break-glass").by(e.accountId()).enrolment(e.enrolmentId())
                .programme(e.programmeId()).detail("reason-length=" + (e.reason() == null ? 0 : e.reason().length())));
    }

    @EventListener
    void on(PersonalDataDownloaded e) {
        Long person = e.subjectPersonIds().size() == 1 ? e.subjectPersonIds().iterator().next() : null;
        log.record(AuditRecord.of("subject-access.download").by(e.requesterAccountId()).account(e.subjectAccountId())
                .enrolment(e.subjectEnrolmentId()).person(person)
                .detail("scope=" + e.scope() + ",format=" + e.format() + ",records=" + e.recordCount()
                        + (e.subjectPersonIds().size() > 1 ? ",people=" + e.subjectPersonIds().size() : "")));
    }

    @EventListener
    void on(ResearchExported e) {
        log.record(AuditRecord.of(e.sensitive() ? "research.export.sensitive" : "research.export").by(e.accountId())
                .programme(e.programmeId()).detail("project=" + e.projectId() + ",format="
                        + (e.format() == ExportFormat.ZIP ? "zip" : "xlsx") + ",people=" + e.people()
                        + ",rows=" + e.rows()));
    }

    @EventListener
    void on(AccountChanged e) {
        log.record(AuditRecord.of("account." + e.change().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .by(e.actorAccountId()).account(e.accountId()).programme(e.programmeId()).detail(e.detail()));
    }

    @EventListener
    void on(SecondFactorEnrolled e) {
        log.record(AuditRecord.of("mfa.enrolled").by(e.accountId()).account(e.accountId())
                .detail("factor=" + e.factor().name().toLowerCase(Locale.ROOT)));
    }

    @EventListener
    void on(SecondFactorRemoved e) {
        log.record(AuditRecord.of("mfa.removed").by(e.accountId()).account(e.accountId())
                .detail("factor=" + e.factor().name().toLowerCase(Locale.ROOT)));
    }

    @EventListener
    void on(RecoveryCodesIssued e) {
        log.record(AuditRecord.of("mfa.recovery-codes-issued").by(e.accountId()).account(e.accountId())
                .detail("count=" + e.count()));
    }

    @EventListener
    void on(RecoveryCodeUsed e) {
        log.record(AuditRecord.of("mfa.recovery-code-used").by(e.accountId()).account(e.accountId())
                .detail("remaining=" + e.remaining()));
    }

    /** The reason is free text: as for break-glass, the entry keeps that one was given. */
    @EventListener
    void on(SecondFactorReset e) {
        log.record(AuditRecord.of("mfa.reset").by(e.resetBy()).account(e.accountId())
                .detail("reason-length=" + (e.reason() == null ? 0 : e.reason().length())));
    }

    /** The erased person's ids stay: the entry proves the erasure without saying whom it concerned. */
    @EventListener
    void on(PersonErased e) {
        log.record(AuditRecord.of("person.erased").by(e.erasedByAccountId()).account(e.accountId())
                .person(e.personIds().size() == 1 ? e.personIds().iterator().next() : null)
                .detail("basis=" + e.basis().name().toLowerCase(Locale.ROOT) + ",erasure=" + e.erasureId()
                        + ",people=" + e.personIds().size() + ",enrolments=" + e.enrolmentIds().size()));
    }

    @EventListener
    void on(RetentionRan e) {
        log.record(AuditRecord.of("retention.run").detail("erased=" + e.erased() + ",failed=" + e.failed()));
    }

    private Long accountOf(String email) {
        return email == null || email.isBlank() || email.length() > 320 ? null
                : accounts.findByEmail(email).map(UserSummary::id).orElse(null);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }

    private static boolean api() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getRequestURI().startsWith(request.getRequest().getContextPath() + "/api/");
    }
}
