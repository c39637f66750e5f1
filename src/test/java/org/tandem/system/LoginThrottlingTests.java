package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;

/**
 * Failed sign-ins are throttled per account and per client address, by form and by HTTP Basic, with one answer for a
 * known and an unknown account. Each test signs in as accounts and from addresses of its own: the counts live for
 * the whole (shared) application context. That the lock ends after its window is shown in LoginThrottleTests.
 */
@IntegrationTest
class LoginThrottlingTests {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxService outbox;

    @Autowired
    TestUsers users;

    @Value("${tandem.login.max-failures-per-account}")
    int perAccount;

    @Value("${tandem.login.max-failures-per-address}")
    int perAddress;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private String newCoordinator() {
        String email = "throttle." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(new NewUser(email, "Throttle Tester", PASSWORD, Set.of(Role.COORDINATOR)));
        return email;
    }

    private static String newAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0xff) + "." + ((random >> 8) & 0xff) + "." + (1 + ((random >> 16) & 0x7f));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder form(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
    }

    private MockHttpServletRequestBuilder api(String email, String password, String address) {
        // problem details answer in the caller's language (Dutch by default): these ask in English
        return get("/api/v1/programmes").with(httpBasic(email, password)).with(from(address))
                .header("Accept-Language", "en");
    }

    @Test
    void httpBasicRefusesAnAccountAfterItsFailuresEvenWithTheRightPasswordAndTellsTheOwner() throws Exception {
        String email = newCoordinator();
        String address = newAddress();
        mvc.perform(api(email, PASSWORD, address)).andExpect(status().isOk());
        for (int i = 0; i < perAccount; i++) {
            mvc.perform(api(email, "wrong-" + i, address)).andExpect(status().isUnauthorized());
        }
        // from anywhere: the count is the account's
        mvc.perform(api(email, PASSWORD, newAddress()))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed")));
        assertThat(accounts.callAs(TestUsers.ADMIN, outbox::list)).filteredOn(m -> m.recipient().equals(email))
                .extracting(OutboxEntry::kind).containsExactly("account-locked");
    }

    @Test
    void anUnknownAccountGetsTheSameAnswers() throws Exception {
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String address = newAddress();
        for (int i = 0; i < perAccount; i++) {
            mvc.perform(api(unknown, "wrong-" + i, address)).andExpect(status().isUnauthorized());
        }
        mvc.perform(api(unknown, PASSWORD, newAddress()))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed")));
        assertThat(accounts.callAs(TestUsers.ADMIN, outbox::list)).extracting(OutboxEntry::recipient)
                .doesNotContain(unknown);
    }

    @Test
    void theLoginFormRefusesAnAccountAfterItsFailuresWithAGenericMessage() throws Exception {
        String email = newCoordinator();
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (String user : new String[] {email, unknown}) {
            String address = newAddress();
            for (int i = 0; i < perAccount; i++) {
                mvc.perform(form(user, "wrong-" + i, address))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(form(user, PASSWORD, newAddress()))
                    .andExpect(redirectedUrl("/login?throttled"));
        }
        mvc.perform(get("/login").param("throttled", "").param("lang", "en"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
    }

    @Test
    void oneClientAddressIsRefusedAfterItsFailuresOverManyAccounts() throws Exception {
        String email = newCoordinator();
        String address = newAddress();
        for (int i = 0; i < perAddress; i++) {
            String guess = "guess" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            mvc.perform(api(guess, "wrong", address)).andExpect(status().isUnauthorized());
        }
        mvc.perform(api(email, PASSWORD, address)).andExpect(status().isTooManyRequests());
        mvc.perform(form(email, PASSWORD, address))
                .andExpect(redirectedUrl("/login?throttled"));
        // the account itself is not locked: from elsewhere it signs in
        mvc.perform(api(email, PASSWORD, newAddress())).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsEarlierFailures() throws Exception {
        String email = newCoordinator();
        String address = newAddress();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < perAccount - 1; i++) {
                mvc.perform(api(email, "wrong", address)).andExpect(status().isUnauthorized());
            }
            mvc.perform(api(email, PASSWORD, address)).andExpect(status().isOk());
        }
    }
}
