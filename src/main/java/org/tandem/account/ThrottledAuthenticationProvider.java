package org.tandem.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form and HTTP Basic share it) behind {@link LoginThrottle}: a refused account or address is
 * answered without checking the password, so that even the right one waits until the window has passed.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
            UserAccountRepository accounts, MessageSource messages, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.refused(account, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            if (throttle.failed(account, address)) {
                tellOwner(account);
            }
            throw e;
        }
    }

    /** Only the owner of a known account hears of the lock, at their own address. */
    private void tellOwner(String account) {
        accounts.findByEmail(UserAccount.normalise(account)).ifPresent(user -> {
            var locale = LocaleContextHolder.getLocale();
            long minutes = Math.max(1, throttle.window().toMinutes());
            events.publishEvent(new AccountLocked(user.email(), user.displayName(), locale.getLanguage(),
                    messages.getMessage("login.locked.mail.subject", null, locale),
                    messages.getMessage("login.locked.mail.body", new Object[] {user.displayName(), minutes},
                            locale)));
        });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
