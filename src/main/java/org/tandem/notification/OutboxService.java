package org.tandem.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.shared.NotFoundException;

/**
 * Queues mails in the caller's transaction, so a business change that rolls back leaves no mail behind; and
 * shows the outbox to admins (all of it) and coordinators (the mails of their programmes).
 */
@Service
public class OutboxService {

    static final int PAGE_SIZE = 200;

    private final OutboxMessageRepository messages;
    private final AccountService accounts;
    private final Clock clock;

    OutboxService(OutboxMessageRepository messages, AccountService accounts, Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Queues a mail in the caller's transaction: the outbox is the transactional mail queue of every module (a direct
     * call that changes this module's state, on purpose), so a mail is never sent for a change that rolled back and
     * never lost for one that committed. The sender job sends it. A mail to an erased person's placeholder address is
     * dropped (answer 0): nobody is there to read it.
     */
    @Transactional
    public long enqueue(OutgoingMail mail) {
        if (org.tandem.privacy.Erased.isErased(mail.to())) {
            return 0;
        }
        return messages.save(new OutboxMessage(mail, Instant.now(clock))).id();
    }

    /** The latest mails the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list() {
        CurrentUser user = accounts.requireCurrent();
        if (user.managesAllProgrammes()) {
            return messages.findAllByOrderByCreatedAtDescIdDesc(Limit.of(PAGE_SIZE)).stream()
                    .map(OutboxEntry::summary).toList();
        }
        Set<Long> programmeIds = managedProgrammes(user);
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return messages.findByProgrammeIdInOrderByCreatedAtDescIdDesc(programmeIds, Limit.of(PAGE_SIZE))
                .stream().map(OutboxEntry::summary).toList();
    }

    /** How many mails the current user may read gave up on sending (FAILED): one count query. */
    @Transactional(readOnly = true)
    public long failedCount() {
        CurrentUser user = accounts.requireCurrent();
        if (user.managesAllProgrammes()) {
            return messages.countByStatus(MailStatus.FAILED);
        }
        Set<Long> programmeIds = managedProgrammes(user);
        return programmeIds.isEmpty() ? 0 : messages.countByStatusAndProgrammeIdIn(MailStatus.FAILED, programmeIds);
    }

    /** One mail with its body; a mail outside the user's scope is not found. */
    @Transactional(readOnly = true)
    public OutboxEntry get(long id) {
        CurrentUser user = accounts.requireCurrent();
        return messages.findById(id)
                .filter(m -> m.visibleTo(user.managesAllProgrammes(), managedProgrammes(user)))
                .map(OutboxEntry::detail)
                .orElseThrow(() -> new NotFoundException("mail", id));
    }

    private static Set<Long> managedProgrammes(CurrentUser user) {
        return user.has(Role.COORDINATOR) ? user.programmeIds() : Set.of();
    }
}
