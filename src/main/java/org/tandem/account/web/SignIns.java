package org.tandem.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Puts a sign-in that has just gained its second factor in place of the old one, in a new session id. */
final class SignIns {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SignIns() {
    }

    static void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        SESSIONS.saveContext(context, request, response);
    }
}
