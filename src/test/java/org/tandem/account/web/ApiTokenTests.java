package org.tandem.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/** Personal API tokens (issue 13): created, used, expired, revoked; read-only refuses changes; only the hash kept. */
@IntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private record Created(long id, String secret) {
    }

    private Created create(String scope) throws Exception {
        var body = "{\"name\": \"script " + scope + "\", \"expiresOn\": \"" + LocalDate.now().plusDays(30)
                + "\", \"scope\": \"" + scope + "\"}";
        var json = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Created(((Number) JsonPath.read(json, "$.token.id")).longValue(), JsonPath.read(json, "$.secret"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTokenWorksAsBearer_onlyItsHashIsStored_andItsUseIsNoted() throws Exception {
        var token = create("OWNER_RIGHTS");
        assertThat(token.secret()).startsWith("tdm_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        var stored = jdbc.queryForMap("select * from api_token where id = ?", token.id());
        assertThat(stored.get("token_hash")).isEqualTo(sha256(token.secret()));
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(token.secret()));
        assertThat(stored.get("last_used_at")).isNotNull();
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(token.secret()))))
                .andExpect(jsonPath("$[?(@.id == " + token.id() + ")].name").value("script OWNER_RIGHTS"));
        // the owner's rights: a change is allowed
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"expiresOn\": \"" + LocalDate.now().plusDays(1)
                                + "\", \"scope\": \"READ_ONLY\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aReadOnlyTokenReadsButIsRefusedAChange() throws Exception {
        var token = create("READ_ONLY");
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"expiresOn\": \"" + LocalDate.now().plusDays(1)
                                + "\", \"scope\": \"OWNER_RIGHTS\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongExpiredOrRevokedTokenGetsThePlain401() throws Exception {
        String anonymous = mvc.perform(get("/api/v1/programmes")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        for (String wrong : new String[] {"tdm_nonsense", "nonsense", ""}) {
            mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + wrong))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().string(anonymous));
        }
        var expired = create("OWNER_RIGHTS");
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), expired.id());
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + expired.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(anonymous));

        var revoked = create("OWNER_RIGHTS");
        mvc.perform(delete("/api/v1/me/tokens/{id}", revoked.id())
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/tokens/{id}", revoked.id())
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + revoked.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(anonymous));
    }

    @Test
    void thePageShowsTheSecretOnceAndListsTheTokens() throws Exception {
        var me = user(accounts.loadUserByUsername(TestUsers.MENTOR));
        var page = mvc.perform(post("/account/tokens").with(me).with(csrf()).param("lang", "en")
                        .param("name", "calendar sync").param("expiresOn", LocalDate.now().plusDays(10).toString())
                        .param("scope", "READ_ONLY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Copy it now")))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*id=\"token-secret\"[^>]*>(tdm_[^<]+)<.*", "$1");
        assertThat(secret).startsWith("tdm_");
        mvc.perform(get("/account/tokens").with(me).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calendar sync")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(post("/account/tokens").with(me).with(csrf()).param("lang", "en")
                        .param("name", "").param("expiresOn", LocalDate.now().minusDays(1).toString())
                        .param("scope", "READ_ONLY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the token a name")));
    }
}
