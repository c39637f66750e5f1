package org.tandem.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the dispatcher a request that knows its own method. Spring MVC matches a path with a variable in it
 * ({@code /participants/91}) against each of Tandem's five hundred mappings, asking the request for its method every
 * time, and each question went down the chain of wrappers that the session and security filters put around the
 * request: 7 % of a participant page's CPU under load (JFR). The last filter, so every wrapper is inside it.
 * <p>
 * The same goes for the attributes set on the request from here on (the model, as Thymeleaf reads it: each variable of
 * a page is a request attribute, 7 % of a list page's CPU): they are answered here as well as handed down.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestMethodFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new KnownMethod(request), response);
    }

    static final class KnownMethod extends HttpServletRequestWrapper {

        private final String method;
        private final Map<String, Object> set = new HashMap<>();

        KnownMethod(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public Object getAttribute(String name) {
            Object value = set.get(name);
            return value != null ? value : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute(name, value);
            if (value == null) {
                set.remove(name);
            } else {
                set.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            super.removeAttribute(name);
        }
    }
}
