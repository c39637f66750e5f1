package org.tandem.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user read once per web request. A page asks for it from the layout, the access checks and each
 * service it composes (ten reads of the same account on a duo page); an account change in the request forgets it.
 * Outside a web request (jobs, {@link AccountService#callAs}) nothing is kept.
 */
@Component
class RequestUser {

    private static final String KEY = RequestUser.class.getName();

    CurrentUser get(long accountId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser user
                && user.id() == accountId ? user : null;
    }

    CurrentUser keep(CurrentUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KEY, user, RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }

    @EventListener
    void on(AccountChanged changed) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
