package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestMethodFilterTests {

    /** The request as the filter hands it to the dispatcher. */
    private static HttpServletRequest dispatched(HttpServletRequest request) throws Exception {
        var dispatched = new AtomicReference<HttpServletRequest>();
        new RequestMethodFilter().doFilter(request, new MockHttpServletResponse(),
                (passed, response) -> dispatched.set((HttpServletRequest) passed));
        return dispatched.get();
    }

    @Test
    void theDispatchedRequestAnswersItsMethodWithoutAskingTheWrappersAgain() throws Exception {
        var asked = new AtomicInteger();
        var original = new MockHttpServletRequest("POST", "/participants/91");
        original.setParameter("q", "x");
        HttpServletRequest wrapped = new HttpServletRequestWrapper(original) {
            @Override
            public String getMethod() {
                asked.incrementAndGet();
                return super.getMethod();
            }
        };
        var request = dispatched(wrapped);

        for (int i = 0; i < 500; i++) {
            assertThat(request.getMethod()).isEqualTo("POST");
        }
        assertThat(asked).hasValue(1);
        assertThat(request.getRequestURI()).isEqualTo("/participants/91");
        assertThat(request.getParameter("q")).isEqualTo("x");
    }

    @Test
    void attributesSetFromHereOnAreAnsweredHereAndStillReachTheRequestBeneath() throws Exception {
        var asked = new AtomicInteger();
        var original = new MockHttpServletRequest("GET", "/participants");
        original.setAttribute("beneath", "set by an earlier filter");
        HttpServletRequest wrapped = new HttpServletRequestWrapper(original) {
            @Override
            public Object getAttribute(String name) {
                asked.incrementAndGet();
                return super.getAttribute(name);
            }
        };
        var request = dispatched(wrapped);
        int byTheFilter = asked.get(); // OncePerRequestFilter asks whether it ran already

        request.setAttribute("page", "the model");
        for (int i = 0; i < 100; i++) {
            assertThat(request.getAttribute("page")).isEqualTo("the model");
        }
        assertThat(asked).hasValue(byTheFilter);
        assertThat(original.getAttribute("page")).isEqualTo("the model");
        assertThat(request.getAttribute("beneath")).isEqualTo("set by an earlier filter");
        assertThat(asked).hasValue(byTheFilter + 1);

        original.setAttribute("later", "set beneath afterwards");
        assertThat(request.getAttribute("later")).isEqualTo("set beneath afterwards");
        request.setAttribute("page", null);
        assertThat(request.getAttribute("page")).isNull();
        request.setAttribute("page", "again");
        request.removeAttribute("page");
        assertThat(request.getAttribute("page")).isNull();
        assertThat(original.getAttribute("page")).isNull();
    }
}
