package org.tandem.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/** Issue 13, defect 7: bad API input gets a problem detail in the caller's language that names no Java type. */
@IntegrationTest
class ApiErrorsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private static MockHttpServletRequestBuilder coordinator(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD));
    }

    private static ResultMatcher aProblemNamingNoJavaType() {
        return result -> {
            status().isBadRequest().match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            content().string(not(containsString("java."))).match(result);
            content().string(not(containsString("org.tandem"))).match(result);
            content().string(not(containsString("ParticipantStatus"))).match(result);
            content().string(not(containsString("Failed to convert"))).match(result);
        };
    }

    @Test
    void anUnknownStatusInTheQueryIsAProblemAtTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(coordinator(get("/api/v1/participants")).param("status", "BOGUS").header("Accept-Language", "en"))
                .andExpect(aProblemNamingNoJavaType())
                .andExpect(jsonPath("$.detail").value("Not all fields are filled in correctly."))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("The value of status must be one of: NOMINATED, "
                        + "APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE, REJECTED, TRAINED, READY_TO_MATCH, MATCHED, "
                        + "ACTIVE, COMPLETED, WITHDRAWN."))
                .andExpect(jsonPath("$.errors[0].allowed[0]").value("NOMINATED"));
        mvc.perform(coordinator(get("/api/v1/participants")).param("status", "BOGUS").header("Accept-Language", "fr"))
                .andExpect(aProblemNamingNoJavaType())
                .andExpect(jsonPath("$.title").value("Requête incorrecte"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "La valeur de status doit être l'une de : NOMINATED, APPLIED,")));
        // a number that is not one is still only "could not be read": there is no list to offer
        mvc.perform(coordinator(get("/api/v1/participants")).param("page", "many").header("Accept-Language", "en"))
                .andExpect(aProblemNamingNoJavaType())
                .andExpect(jsonPath("$.errors[0].message").value("The value of page could not be read."))
                .andExpect(jsonPath("$.errors[0].allowed").doesNotExist());
    }

    @Test
    void wrongTypesInPathOrQueryAndMalformedJsonAreProblems() throws Exception {
        mvc.perform(coordinator(get("/api/v1/participants/not-a-number")))
                .andExpect(aProblemNamingNoJavaType());
        mvc.perform(coordinator(get("/api/v1/participants")).param("page", "many"))
                .andExpect(aProblemNamingNoJavaType());
        mvc.perform(coordinator(post("/api/v1/programmes")).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(aProblemNamingNoJavaType())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void everyResponseCarriesReferrerAndPermissionsPolicies() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {get("/login"), get("/api/v1/programmes"),
                coordinator(get("/api/v1/programmes"))}) {
            mvc.perform(request)
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        }
    }
}
