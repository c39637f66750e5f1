package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.DemoServerTest;
import org.tandem.TandemApplication;

/**
 * Two application nodes on one database: a user who signs in on node 1 goes on on node 2 without signing in again,
 * posts a form there with the CSRF token node 1 gave (it lives in the session), and signing out on node 2 signs
 * them out on node 1 too. Node 1 is the demo server of the browser journeys; node 2 is a second Spring application
 * started here on the same database.
 */
@DemoServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionSharingTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]*)");

    @LocalServerPort
    int port1;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    private ConfigurableApplicationContext node2;
    private int port2;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startNode2() {
        String url = environment.getRequiredProperty("tandem.test.demo.url");
        String schema = environment.getRequiredProperty("tandem.test.demo.schema");
        node2 = new SpringApplicationBuilder(TandemApplication.class)
                .profiles(environment.getActiveProfiles())
                .run("--server.port=0", "--tandem.demo.enabled=false",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.hikari.schema=" + schema,
                        "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema);
        port2 = ((WebServerApplicationContext) node2).getWebServer().getPort();
    }

    @AfterAll
    void stopNode2() {
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    void aUserSignedInOnNode1GoesOnOnNode2AndSignsOutThere() throws Exception {
        assertThat(port2).isNotEqualTo(port1);
        String session = signIn(port1, "coordinator@demo.tandem", "tandem-demo");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param("coordinator@demo.tandem").query(Long.class).single()).isPositive();

        var onNode2 = get(port2, "/programmes", session);
        assertThat(onNode2.statusCode()).as("node 2 serves the page signed in").isEqualTo(200);
        assertThat(onNode2.body()).contains("Kracht van Mentorschap");

        // a form on node 2 with the token node 1's page carried: the CSRF token is in the shared session
        String token = csrf(get(port1, "/programmes", session).body());
        var signOut = post(port2, "/logout", session, "_csrf=" + enc(token));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

        var backOnNode1 = get(port1, "/programmes", session);
        assertThat(backOnNode1.statusCode()).as("signed out on node 2 is signed out on node 1").isEqualTo(302);
        assertThat(backOnNode1.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void withoutTheSessionNode2SendsToTheLoginPage() throws Exception {
        var anonymous = get(port2, "/programmes", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String signIn(int port, String email, String password) throws IOException, InterruptedException {
        var loginPage = get(port, "/login", null);
        String anonymousSession = sessionCookie(loginPage).orElseThrow();
        var response = post(port, "/login", anonymousSession, "username=" + enc(email) + "&password=" + enc(password)
                + "&_csrf=" + enc(csrf(loginPage.body())));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessionCookie(response).orElse(anonymousSession);
    }

    private HttpResponse<String> get(int port, String path, String session) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "nl");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String session, String form)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher).filter(m -> m.find()).map(m -> m.group(1))
                .filter(v -> !v.isEmpty()).reduce((first, last) -> last);
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
