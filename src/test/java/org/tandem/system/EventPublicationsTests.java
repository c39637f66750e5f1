package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;

/**
 * A listener that fails leaves its publication incomplete: the publishing action is not affected, an admin sees the
 * event waiting, and a retry hands it to the listener again until it succeeds.
 */
@IntegrationTest
@Import(EventPublicationsTests.FailsOnce.class)
class EventPublicationsTests {

    record Ping(String id) {
    }

    @TestComponent
    static class FailsOnce {

        private final AtomicInteger calls = new AtomicInteger();
        private volatile String handled;

        int calls() {
            return calls.get();
        }

        String handled() {
            return handled;
        }

        @ApplicationModuleListener
        void on(Ping ping) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the first delivery fails");
            }
            handled = ping.id();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EventPublications publications;

    @Autowired
    FailsOnce listener;

    @Autowired
    MockMvc mvc;

    @Test
    void aFailedListenerIsShownToAdminsAndRetriedUntilItSucceeds() throws Exception {
        String id = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new Ping(id)));

        assertThat(listener.calls()).isEqualTo(1);
        assertThat(listener.handled()).isNull();
        assertThat(publications.pending()).anySatisfy(p -> {
            assertThat(p.event()).isEqualTo("EventPublicationsTests.Ping");
            assertThat(p.listener()).isEqualTo("EventPublicationsTests$FailsOnce.on");
        });
        mvc.perform(get("/admin/events").with(user("admin@test.tandem").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("EventPublicationsTests.Ping")));
        mvc.perform(get("/api/v1/admin/event-publications").with(user("admin@test.tandem").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.event == 'EventPublicationsTests.Ping')]").exists());
        mvc.perform(get("/admin/events").with(user("coordinator@test.tandem").roles("COORDINATOR")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/events/resubmit").with(csrf()).with(user("admin@test.tandem").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());

        assertThat(listener.handled()).isEqualTo(id);
        assertThat(publications.pending()).noneMatch(p -> p.event().equals("EventPublicationsTests.Ping"));
    }
}
