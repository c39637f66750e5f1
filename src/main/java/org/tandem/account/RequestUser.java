package org.tandem.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user read once per web request. A page asks for it from the layout, the access checks and each
 * service it composes (ten reads of the same account on a duo page); an account change in the request forgets it.
 * It is kept for the authentication it was read for: another one in the same thread ({@link AccountService#callAs},
 * a test's mock request spanning several sign-ins) reads afresh. Outside a web request nothing is kept.
 */
@Component
class RequestUser {

    private static final String KEY = RequestUser.class.getName();

    CurrentUser get(Authentication authentication) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept
                && kept.authentication() == authentication ? kept.user() : null;
    }

    CurrentUser keep(Authentication authentication, CurrentUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KEY, new Kept(authentication, user), RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }

    private record Kept(Authentication authentication, CurrentUser user) {
    }

    @EventListener
    void on(AccountChanged changed) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
