package org.tandem.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.SessionCookie;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;

/**
 * User administration (issue 13): admins list, search and change accounts on pages and in the API; nobody else
 * reaches them. A deactivated account is refused at sign-in and by its API token, and its open sessions end; a forced
 * password reset invalidates the password and mails a single-use link. Every change lands in the audit log.
 */
@IntegrationTest
class AccountAdministrationTests {

    private static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ParticipantFixture programmes;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private long someone(String email, Role role) {
        return accounts.findByEmail(email).map(u -> u.id())
                .orElseGet(() -> accounts.create(new NewUser(email, "Some " + role.name().toLowerCase(),
                        TestUsers.PASSWORD, Set.of(role))));
    }

    private long auditCount(String action, long account) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_account_id = ?",
                Long.class, action, account);
    }

    @Test
    void adminsListSearchAndOpenAccounts_nobodyElse() throws Exception {
        var admin = userDetails.loadUserByUsername(TestUsers.ADMIN);
        mvc.perform(get("/admin/accounts").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString(TestUsers.MENTOR)));
        mvc.perform(get("/admin/accounts").param("q", "mentor@").param("role", "MENTOR").param("active", "true")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TestUsers.MENTOR)))
                .andExpect(content().string(not(containsString(TestUsers.COORDINATOR))));
        mvc.perform(get("/admin/accounts/{id}", users.id(TestUsers.COORDINATOR)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-roles\"")))
                .andExpect(content().string(containsString("id=\"deactivate\"")));
        mvc.perform(get("/api/v1/admin/accounts").param("role", "COORDINATOR").param("q", "coordinator@test.tandem")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.accounts[0].email").exists());

        for (String other : new String[] {TestUsers.COORDINATOR, TestUsers.MENTOR, TestUsers.RESEARCHER}) {
            mvc.perform(get("/admin/accounts").with(user(userDetails.loadUserByUsername(other))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/accounts").with(httpBasic(other, TestUsers.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/admin/accounts/{id}/deactivate", users.id(TestUsers.MENTOR))
                            .with(httpBasic(other, TestUsers.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/{id}/deactivate", users.id(TestUsers.MENTOR)).with(csrf())
                            .with(user(userDetails.loadUserByUsername(other))))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.findByEmail(TestUsers.MENTOR)).isPresent();
        assertThat(userDetails.loadUserByUsername(TestUsers.MENTOR).isEnabled()).isTrue();
    }

    @Test
    void aDeactivatedAccountIsSignedOut_refusedAtSignIn_andByItsToken_untilReactivated() throws Exception {
        String email = "leaving@test.tandem";
        long id = someone(email, Role.COORDINATOR);
        var signedIn = mvc.perform(formLogin().user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/programmes").with(SessionCookie.of(signedIn))).andExpect(status().isOk());
        String token = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(httpBasic(email, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\", \"expiresOn\": \""
                                + LocalDate.now().plusDays(30) + "\", \"scope\": \"OWNER_RIGHTS\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.secret");
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        var page = mvc.perform(post("/admin/accounts/{id}/deactivate", id).with(csrf())
                        .with(user(userDetails.loadUserByUsername(TestUsers.ADMIN))))
                .andExpect(redirectedUrl("/admin/accounts/" + id)).andReturn();

        mvc.perform(get("/admin/accounts/{id}", id).with(SessionCookie.of(page))
                        .with(user(userDetails.loadUserByUsername(TestUsers.ADMIN))))
                .andExpect(content().string(containsString("id=\"reactivate\"")));
        mvc.perform(get("/programmes").with(SessionCookie.of(signedIn)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(email).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/programmes").with(httpBasic(email, TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(auditCount("account.deactivated", id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'sign-in.failed' "
                + "and subject_account_id = ? and detail like 'deactivated%'", Long.class, id)).isPositive();

        mvc.perform(post("/api/v1/admin/accounts/{id}/reactivate", id)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(formLogin().user(email).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(auditCount("account.reactivated", id)).isOne();
    }

    @Test
    void anAdminCannotDeactivateThemselfNorDropTheirOwnAdminRole() throws Exception {
        long self = users.id(TestUsers.ADMIN);
        mvc.perform(post("/api/v1/admin/accounts/{id}/deactivate", self)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You cannot deactivate your own account."));
        mvc.perform(put("/api/v1/admin/accounts/{id}/roles", self).with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\": [\"COORDINATOR\"]}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/accounts/{id}/deactivate", self).with(csrf())
                        .with(user(userDetails.loadUserByUsername(TestUsers.ADMIN))))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/admin/accounts/{id}/roles", users.id(TestUsers.MENTOR))
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\": []}"))
                .andExpect(status().isBadRequest());
        assertThat(userDetails.loadUserByUsername(TestUsers.ADMIN).isEnabled()).isTrue();
        assertThat(accounts.findByEmail(TestUsers.ADMIN)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from user_role where user_id = ? and role = 'ADMIN'",
                Long.class, self)).isOne();
    }

    @Test
    void rolesAndProgrammeAssignmentsChangeOnTheAccountPage_andAreAudited() throws Exception {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = someone("helper@test.tandem", Role.MENTOR);
        var admin = user(userDetails.loadUserByUsername(TestUsers.ADMIN));

        mvc.perform(post("/admin/accounts/{id}/programmes", id).param("programmeId", "" + setup.programmeId())
                        .with(csrf()).with(admin))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/accounts/{id}/roles", id).param("roles", "MENTOR", "RESEARCHER").with(csrf())
                        .with(admin))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(post("/admin/accounts/{id}/programmes", id).param("programmeId", "" + setup.programmeId())
                        .with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(get("/admin/accounts/{id}", id).with(admin))
                .andExpect(content().string(containsString("id=\"assigned-programmes\"")));
        assertThat(accounts.researchersOf(setup.programmeId())).extracting(u -> u.id()).contains(id);

        mvc.perform(delete("/api/v1/admin/accounts/{id}/programmes/{p}", id, setup.programmeId())
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(accounts.researchersOf(setup.programmeId())).extracting(u -> u.id()).doesNotContain(id);
        mvc.perform(put("/api/v1/admin/accounts/{id}/programmes/{p}", id, 987_654_321L)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'account.roles-changed' and "
                + "subject_account_id = ?", String.class, id)).isEqualTo("MENTOR > MENTOR,RESEARCHER");
        assertThat(auditCount("account.programme-assigned", id)).isOne();
        assertThat(auditCount("account.programme-unassigned", id)).isOne();
        assertThat(jdbc.queryForObject("select actor_account_id from audit_entry where action = "
                + "'account.programme-assigned' and subject_account_id = ?", Long.class, id))
                .isEqualTo(users.id(TestUsers.ADMIN));
    }

    @Test
    void aForcedResetStopsTheOldPassword_andTheMailedLinkSetsANewOneOnce() throws Exception {
        String email = "forgetful@test.tandem";
        long id = someone(email, Role.MENTOR);
        var signedIn = mvc.perform(formLogin().user(email).password(TestUsers.PASSWORD)).andReturn();

        mvc.perform(post("/api/v1/admin/accounts/{id}/password-reset", id)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/me").with(SessionCookie.of(signedIn))).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(email).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        String body = jdbc.queryForObject("select body from outbox_message where recipient = ? and kind = "
                + "'password-reset'", String.class, email);
        var link = RESET_LINK.matcher(body);
        assertThat(link.find()).as("the mail holds the link").isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class, token))
                .as("only the hash is kept").isZero();

        mvc.perform(get("/password-reset/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", "short")
                        .param("passwordConfirmation", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        String fresh = "a-fresh-start-" + System.nanoTime();
        mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", fresh)
                        .param("passwordConfirmation", fresh))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(email).password(fresh)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/password-reset/{token}", token)).andExpect(status().isGone());
        mvc.perform(get("/password-reset/{token}", "unknown-token")).andExpect(status().isNotFound());

        assertThat(auditCount("account.password-reset-forced", id)).isOne();
        assertThat(auditCount("account.password-reset-completed", id)).isOne();
    }
}
