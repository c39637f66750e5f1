package org.tandem.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.InvitationService;
import org.tandem.account.NewInvitation;
import org.tandem.account.Role;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;

@IntegrationTest
class InvitationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    OutboxService outbox;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private static String newEmail() {
        return "invitee-" + UUID.randomUUID() + "@example.org";
    }

    private String invite(String email, Role role) {
        return accounts.callAs(TestUsers.ADMIN, () -> invitations.invite(new NewInvitation(email, "Invitee", role)));
    }

    @Test
    void theAdminInvitesAndTheMailWithItsLinkIsQueued() throws Exception {
        String email = newEmail();
        var result = mvc.perform(post("/admin/invitations").with(csrf())
                        .with(user(userDetails.loadUserByUsername(TestUsers.ADMIN)))
                        .param("email", email).param("displayName", "Fatima").param("role", "MENTEE")
                        .param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http://localhost:8080/invitations/")))
                .andReturn();
        assertThat(result.getModelAndView().getModel()).containsKey("issued");
        var mails = accounts.callAs(TestUsers.ADMIN, outbox::list).stream()
                .filter(m -> m.recipient().equals(email)).toList();
        assertThat(mails).hasSize(1);
        OutboxEntry mail = accounts.callAs(TestUsers.ADMIN, () -> outbox.get(mails.get(0).id()));
        assertThat(mail.subject()).isEqualTo("Your invitation to Tandem");
        assertThat(mail.kind()).isEqualTo("invitation");
        assertThat(mail.programmeId()).isNull();
        assertThat(mail.body()).contains("Dear Fatima").contains("http://localhost:8080/invitations/");
        assertThat(accounts.callAs(TestUsers.COORDINATOR, outbox::list)).extracting(OutboxEntry::recipient)
                .doesNotContain(email);
    }

    @Test
    void anAddressWithAnAccountIsRefusedAtTheEmailField() throws Exception {
        mvc.perform(post("/admin/invitations").with(csrf()).param("lang", "en")
                        .with(user(userDetails.loadUserByUsername(TestUsers.ADMIN)))
                        .param("email", TestUsers.MENTOR).param("displayName", "M").param("role", "MENTOR")
                        .param("language", "nl"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "invitation.email.taken"))
                .andExpect(content().string(containsString("An account with the e-mail address")));
    }

    @Test
    void onlyAdminsReachTheInvitationPages() throws Exception {
        mvc.perform(get("/admin/invitations").with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/invitations").with(user(userDetails.loadUserByUsername(TestUsers.ADMIN))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/invitations").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@example.org\",\"displayName\":\"X\",\"role\":\"MENTOR\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiReturnsTheLinkAndRefusesKnownAddresses() throws Exception {
        String email = newEmail();
        var result = mvc.perform(post("/api/v1/invitations").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"displayName\":\"X\",\"role\":\"COORDINATOR\","
                                + "\"language\":\"fr\",\"programmeIds\":[]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.link", startsWith("http://localhost:8080/invitations/")))
                .andReturn();
        String link = JsonPath.read(result.getResponse().getContentAsString(), "$.link");
        mvc.perform(get("/invitations/" + link.substring(link.lastIndexOf('/') + 1))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/invitations").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + TestUsers.MENTOR + "\",\"displayName\":\"X\",\"role\":\"MENTOR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void theInviteeChoosesAPasswordOnceAndTheLinkIsGoneAfterwards() throws Exception {
        String email = newEmail();
        String token = invite(email, Role.MENTOR);
        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("lang", "en")
                        .param("displayName", "Invited Mentor").param("password", "too-short")
                        .param("passwordConfirmation", "too-short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "password"))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("Choose a password of at least 12 characters.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"too-short\""))));
        mvc.perform(post("/invitations/{token}", token).with(csrf())
                        .param("displayName", "Invited Mentor").param("password", "a-long-enough-password")
                        .param("passwordConfirmation", "another-long-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation",
                        "invitation.password.mismatch"))
                .andExpect(content().string(containsString("De twee wachtwoorden zijn niet gelijk.")));
        assertThat(accounts.findByEmail(email)).isEmpty();

        mvc.perform(post("/invitations/{token}", token).with(csrf())
                        .param("displayName", "Invited Mentor").param("password", "a-long-enough-password")
                        .param("passwordConfirmation", "a-long-enough-password"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "invitation.accepted"));
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(u ->
                assertThat(u.displayName()).isEqualTo("Invited Mentor"));
        var principal = userDetails.loadUserByUsername(email);
        assertThat(principal.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_MENTOR");

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Deze uitnodiging is al gebruikt.")));
        mvc.perform(post("/invitations/{token}", token).with(csrf())
                        .param("displayName", "Again").param("password", "a-long-enough-password")
                        .param("passwordConfirmation", "a-long-enough-password"))
                .andExpect(status().isGone());
    }

    @Test
    void anUnknownLinkIsAFriendly404() throws Exception {
        mvc.perform(get("/invitations/{token}", "no-such-token").param("lang", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nous ne connaissons pas ce lien")));
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        String token = invite(newEmail(), Role.MENTEE);
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Integer.class,
                token)).isZero();
        var hashes = jdbc.queryForList("select token_hash from invitation", String.class);
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(token));
    }
}
