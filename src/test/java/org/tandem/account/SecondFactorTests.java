package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.SessionCookie;
import org.tandem.TestUsers;

/**
 * Multi-factor sign-in (issue 13) with admins and coordinators required to have a second factor: the password, then a
 * code from the authenticator app (computed here from the secret the page showed), a recovery code once, throttling,
 * set-up forced on a required role, HTTP Basic refused in favour of tokens, an admin's reset, and the events.
 */
@IntegrationTest
@RecordApplicationEvents
@TestPropertySource(properties = "tandem.mfa.required-roles=ADMIN,COORDINATOR")
class SecondFactorTests {

    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    private final String address = newAddress();

    @BeforeEach
    void users() {
        users.ensure();
    }

    private record Enrolled(String email, byte[] key, List<String> recoveryCodes, MvcResult session) {
    }

    private String newUser(Role role) {
        String email = "mfa." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(new NewUser(email, "Mfa Tester", PASSWORD, Set.of(role)));
        return email;
    }

    private static String newAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0xff) + "." + ((random >> 8) & 0xff) + "." + (1 + ((random >> 16) & 0x7f));
    }

    private RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult password(String email) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf())
                .with(from())).andReturn();
    }

    private MockHttpServletRequestBuilder code(MvcResult session, String code) {
        return post("/login/second-factor").param("code", code).with(csrf()).with(from())
                .with(SessionCookie.of(session));
    }

    private static String now(byte[] key, int stepsAhead) {
        return Totp.code(key, Totp.step(Instant.now()) + stepsAhead);
    }

    /** Sets up an authenticator app through the pages, in the given signed-in session. */
    private Enrolled enrol(String email, MvcResult session) throws Exception {
        String page = mvc.perform(get("/account/security/setup").with(SessionCookie.of(session)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andReturn().getResponse().getContentAsString();
        var secret = SECRET.matcher(page);
        assertThat(secret.find()).as("secret on the set-up page").isTrue();
        byte[] key = Base32.decode(secret.group(1));
        // a wrong code first: refused, and the same secret offered again
        mvc.perform(post("/account/security/setup").param("code", "000000".equals(now(key, 0)) ? "111111" : "000000")
                        .with(csrf()).with(SessionCookie.of(session)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(secret.group(1))));
        var confirmed = mvc.perform(post("/account/security/setup").param("code", now(key, 0)).with(csrf())
                        .with(SessionCookie.of(session)))
                .andExpect(status().isOk())
                .andReturn();
        var codes = new ArrayList<String>();
        var matcher = RECOVERY.matcher(confirmed.getResponse().getContentAsString());
        while (matcher.find()) {
            codes.add(matcher.group());
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(email, key, codes, confirmed);
    }

    private Enrolled mentorWithApp() throws Exception {
        String email = newUser(Role.MENTOR);
        var signedIn = password(email);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        return enrol(email, signedIn);
    }

    @Test
    void aRequiredRoleSetsUpItsFactorBeforeAnythingElse() throws Exception {
        String email = newUser(Role.COORDINATOR);
        var signedIn = password(email);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account/security/setup");
        mvc.perform(get("/programmes").with(SessionCookie.of(signedIn)))
                .andExpect(redirectedUrl("/account/security/setup"));
        mvc.perform(get("/account/tokens").with(SessionCookie.of(signedIn)))
                .andExpect(redirectedUrl("/account/security/setup"));

        var enrolled = enrol(email, signedIn);
        mvc.perform(get("/programmes").with(SessionCookie.of(enrolled.session()))).andExpect(status().isOk());

        // stored: the secret encrypted, only hashes of the recovery codes
        long id = users.id(email);
        String stored = jdbc.queryForObject("select secret_encrypted from totp_factor where account_id = ?",
                String.class, id);
        assertThat(stored).doesNotContain(Base32.encode(enrolled.key()));
        var hashes = jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class, id);
        assertThat(hashes).hasSize(10).noneMatch(h -> enrolled.recoveryCodes().stream()
                .anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(events.stream(SecondFactorEnrolled.class))
                .anyMatch(e -> e.accountId() == id && e.factor() == SecondFactorKind.TOTP);
        assertThat(events.stream(RecoveryCodesIssued.class)).anyMatch(e -> e.accountId() == id && e.count() == 10);
    }

    @Test
    void passwordThenCode_aWrongCodeAndAUsedCodeAreRefused() throws Exception {
        var mentor = mentorWithApp();
        var signedIn = password(mentor.email());
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        mvc.perform(get("/me/activities").with(SessionCookie.of(signedIn)))
                .andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/login/second-factor").with(SessionCookie.of(signedIn))).andExpect(status().isOk());

        String wrong = now(mentor.key(), 1).equals("123456") ? "654321" : "123456";
        mvc.perform(code(signedIn, wrong)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"second-error\"")));
        String next = now(mentor.key(), 1);
        // on to where the person was going
        var done = mvc.perform(code(signedIn, next)).andExpect(redirectedUrl("http://localhost/me/activities?continue"))
                .andReturn();
        mvc.perform(get("/me/activities").with(SessionCookie.of(done))).andExpect(status().isOk());

        // the same code again, in another sign-in: used already
        var again = password(mentor.email());
        mvc.perform(code(again, next)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/me/activities").with(SessionCookie.of(again)))
                .andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        var mentor = mentorWithApp();
        String recovery = mentor.recoveryCodes().get(3);
        var first = password(mentor.email());
        var done = mvc.perform(code(first, recovery.toUpperCase())).andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/me/activities").with(SessionCookie.of(done))).andExpect(status().isOk());

        var second = password(mentor.email());
        mvc.perform(code(second, recovery)).andExpect(status().isUnprocessableContent());
        long id = users.id(mentor.email());
        assertThat(events.stream(RecoveryCodeUsed.class)).anyMatch(e -> e.accountId() == id && e.remaining() == 9);
        mvc.perform(get("/api/v1/me/security").with(user(userDetails.loadUserByUsername(mentor.email()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recoveryCodesLeft").value(9))
                .andExpect(jsonPath("$.totp").value(true));
    }

    @Test
    void theSecondStepIsThrottledLikeThePassword() throws Exception {
        var mentor = mentorWithApp();
        var signedIn = password(mentor.email());
        String wrong = "999999".equals(now(mentor.key(), 1)) ? "888888" : "999999";
        for (int i = 0; i < 4; i++) {
            mvc.perform(code(signedIn, wrong)).andExpect(content().string(containsString("id=\"second-error\"")));
        }
        mvc.perform(code(signedIn, wrong).param("lang", "en"))
                .andExpect(content().string(containsString("Too many wrong codes")));
        // even the right code now waits for the window
        mvc.perform(code(signedIn, now(mentor.key(), 1)).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Too many wrong codes")));
    }

    @Test
    void httpBasicIsRefusedToAnAccountWithASecondFactor_tokensStillWork() throws Exception {
        String plain = newUser(Role.MENTOR);
        mvc.perform(get("/api/v1/me/security").with(httpBasic(plain, PASSWORD)).with(from()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totp").value(false));

        var mentor = mentorWithApp();
        mvc.perform(get("/api/v1/me/security").with(httpBasic(mentor.email(), PASSWORD)).with(from())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("API token")));
        String coordinator = newUser(Role.COORDINATOR);
        mvc.perform(get("/api/v1/programmes").with(httpBasic(coordinator, PASSWORD)).with(from()))
                .andExpect(status().isUnauthorized());

        // a token made in the signed-in session works without any prompt
        var json = mvc.perform(post("/account/tokens").param("name", "script").param("scope", "OWNER_RIGHTS")
                        .param("expiresOn", LocalDate.now().plusDays(7).toString()).with(csrf())
                        .with(SessionCookie.of(mentor.session())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var secret = Pattern.compile("tdm_[A-Za-z0-9_-]+").matcher(json);
        assertThat(secret.find()).isTrue();
        mvc.perform(get("/api/v1/me/security").header("Authorization", "Bearer " + secret.group()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totp").value(true))
                .andExpect(content().string(not(containsString(Base32.encode(mentor.key())))));
    }

    @Test
    void anAdminResetsAPersonsSecondFactorWithAReason() throws Exception {
        var mentor = mentorWithApp();
        long mentorId = users.id(mentor.email());
        var admin = user(userDetails.loadUserByUsername(TestUsers.ADMIN));
        var coordinator = user(userDetails.loadUserByUsername(TestUsers.COORDINATOR));
        String url = "/api/v1/admin/accounts/" + mentorId + "/second-factor/reset";

        mvc.perform(post(url).with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"lost phone\"}")).andExpect(status().isForbidden());
        mvc.perform(post(url).with(admin).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"lost phone\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totp").value(false))
                .andExpect(jsonPath("$.recoveryCodesLeft").value(0));
        long adminId = users.id(TestUsers.ADMIN);
        assertThat(events.stream(SecondFactorReset.class))
                .anyMatch(e -> e.accountId() == mentorId && e.resetBy() == adminId && e.reason().equals("lost phone"));
        // the mentor's role does not require a factor: the password alone is enough again
        assertThat(password(mentor.email()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theAdminsResetPageNeedsAFullySignedInAdmin() throws Exception {
        var mentor = mentorWithApp();
        long mentorId = users.id(mentor.email());
        String adminEmail = newUser(Role.ADMIN);
        var pending = password(adminEmail);
        mvc.perform(get("/admin/accounts/" + mentorId + "/second-factor").with(SessionCookie.of(pending)))
                .andExpect(redirectedUrl("/account/security/setup"));
        var admin = enrol(adminEmail, pending).session();
        mvc.perform(get("/admin/accounts/" + mentorId + "/second-factor").with(SessionCookie.of(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reset-second-factor\"")));
        mvc.perform(post("/admin/accounts/" + mentorId + "/second-factor").param("reason", "").with(csrf())
                        .with(SessionCookie.of(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/admin/accounts/" + mentorId + "/second-factor").param("reason", "new phone")
                        .with(csrf()).with(SessionCookie.of(admin)))
                .andExpect(redirectedUrl("/admin/accounts/" + mentorId + "/second-factor"));
        assertThat(jdbc.queryForObject("select count(*) from totp_factor where account_id = ?", Integer.class,
                mentorId)).isZero();
    }

    @Test
    void passkeys_registrationOptionsForTheSignedInPerson_aPasskeyMeansASecondStep_andItsOwnerRemovesIt()
            throws Exception {
        String email = newUser(Role.MENTOR);
        var signedIn = password(email);
        mvc.perform(post("/webauthn/register/options").with(csrf()).with(SessionCookie.of(signedIn)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rp.id").value("localhost"))
                .andExpect(jsonPath("$.user.name").value(email))
                .andExpect(jsonPath("$.challenge").isNotEmpty());
        String userId = jdbc.queryForObject("select id from user_entities where name = ?", String.class, email);
        // a registered passkey as Spring Security's registration endpoint stores it (a real one needs an authenticator)
        String credential = org.springframework.security.web.webauthn.api.Bytes.random().toBase64UrlString();
        jdbc.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, "
                + "uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type, backup_state, "
                + "created, last_used, label) values (?, ?, ?, 0, true, false, 'internal', 'public-key', false, ?, ?, "
                + "'Work laptop')", credential, userId, new byte[] {1, 2, 3},
                java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));

        var again = password(email);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        mvc.perform(get("/login/second-factor").with(SessionCookie.of(again)))
                .andExpect(content().string(containsString("id=\"passkey-sign-in\"")));
        mvc.perform(post("/webauthn/authenticate/options").with(csrf()).with(SessionCookie.of(again)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.challenge").isNotEmpty());

        // somebody else cannot remove it; its owner (signed in with password and passkey) can
        var other = mentorWithApp();
        mvc.perform(post("/account/security/passkeys/" + credential + "/remove").with(csrf())
                .with(SessionCookie.of(other.session()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/security").with(user(userDetails.loadUserByUsername(email))))
                .andExpect(jsonPath("$.passkeys[0].label").value("Work laptop"));
        var owner = userDetails.loadUserByUsername(email);
        var authorities = new ArrayList<org.springframework.security.core.GrantedAuthority>(owner.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        mvc.perform(post("/account/security/passkeys/" + credential + "/remove").with(csrf())
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(owner, null,
                                authorities))))
                .andExpect(redirectedUrl("/account/security"));
        assertThat(jdbc.queryForObject("select count(*) from user_credentials where user_entity_user_id = ?",
                Integer.class, userId)).isZero();
        long id = users.id(email);
        assertThat(events.stream(SecondFactorRemoved.class))
                .anyMatch(e -> e.accountId() == id && e.factor() == SecondFactorKind.PASSKEY);
        assertThat(password(email).getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
