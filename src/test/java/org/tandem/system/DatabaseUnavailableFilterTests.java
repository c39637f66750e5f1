package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.IntegrationTest;

/**
 * The 503 of a database outage, as the application's own filter renders it (its templates, messages and JSON mapper)
 * in front of a controller whose database calls fail the ways they fail when PostgreSQL is down. The real outage, with
 * PostgreSQL stopped under a running node, is {@code bench/outage.sh}.
 */
@IntegrationTest
class DatabaseUnavailableFilterTests {

    @RestController
    static class FailingController {

        @GetMapping({"/programmes/{how}", "/api/v1/programmes/{how}"})
        String fail(@PathVariable String how) {
            throw switch (how) {
                case "pool" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
                case "resource" -> new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
                case "transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", null));
                case "constraint" -> new DataIntegrityViolationException("duplicate key");
                default -> new IllegalStateException(how);
            };
        }

        @PostMapping("/participants/{id}/edit")
        String save() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        }
    }

    @Autowired
    DatabaseUnavailableFilter filter;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.standaloneSetup(new FailingController()).addFilters(filter).build();
    }

    @Test
    void aPageAnswers503WithAFriendlyPageInTheBrowsersLanguage() throws Exception {
        for (String how : new String[] {"pool", "resource", "transaction"}) {
            String body = mvc.perform(get("/programmes/" + how).header("Accept-Language", "en")
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).contains("<h1 class=\"h3\">Temporarily unavailable</h1>")
                    .contains("lang=\"en\"").contains("href=\"/programmes/" + how + "\"")
                    .doesNotContain("Exception").doesNotContain("JDBC").doesNotContain("Hikari")
                    .doesNotContain("at org.");
        }
        mvc.perform(get("/programmes/pool").header("Accept-Language", "fr-BE,fr;q=0.9"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Temporairement indisponible")));
        mvc.perform(get("/programmes/pool"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tijdelijk niet beschikbaar")));
    }

    @Test
    void aFailedFormPostOffersTheStartPageToTryAgain() throws Exception {
        mvc.perform(post("/participants/7/edit").header("Accept-Language", "nl"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/\"")));
    }

    @Test
    void theApiAnswers503ProblemDetails() throws Exception {
        for (String how : new String[] {"pool", "resource", "transaction"}) {
            mvc.perform(get("/api/v1/programmes/" + how).header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.title").value("Service Unavailable"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                            "Tandem cannot reach its database right now.")))
                    .andExpect(jsonPath("$.instance").value("/api/v1/programmes/" + how))
                    .andExpect(jsonPath("$.trace").doesNotExist())
                    .andExpect(jsonPath("$.exception").doesNotExist());
        }
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        assertThatThrownBy(() -> mvc.perform(get("/programmes/constraint")))
                .hasRootCauseInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> mvc.perform(get("/api/v1/programmes/other")))
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }
}
