package org.tandem.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure();
    }

    @Test
    void anonymousApiCallGets401InJsonNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/programmes"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void wrongPasswordOnTheApiGets401() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic(TestUsers.COORDINATOR, "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiAcceptsHttpBasicWithoutCsrfOrSession() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aMentorIsRefusedTheProgrammeApiIn403Json() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic(TestUsers.MENTOR, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anonymousPageVisitIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/programmes")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageAndAssetsArePublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programmes']").exists());
    }

    @Test
    void pagePostsNeedACsrfToken() throws Exception {
        mvc.perform(post("/programmes").param("name", "x")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(value = TestUsers.MENTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aMentorGetsTheFriendly403Page() throws Exception {
        mvc.perform(get("/programmes")).andExpect(status().isForbidden());
    }

    @Test
    void formLoginWithTheRightPasswordSignsIn() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin().user(TestUsers.COORDINATOR).password(TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/**"));
    }
}
