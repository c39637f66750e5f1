package org.tandem;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Carries the session of an earlier MockMvc request to the next one, as a browser does with its cookie. Sessions live in
 * the database (Spring Session), so a redirect's flash attributes reach the next page only this way: MockMvc's own
 * {@code flashAttr} puts them in the mock's HttpSession, which Spring Session's filter replaces.
 */
public final class SessionCookie {

    private SessionCookie() {
    }

    public static RequestPostProcessor of(MvcResult previous) {
        Cookie session = previous.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new AssertionError("the earlier request started no session (no SESSION cookie)");
        }
        return request -> {
            request.setCookies(session);
            return request;
        };
    }
}
