package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.DemoServerTest;

/** Error pages as a real servlet container renders them: friendly, in the user's language, no internals. */
@DemoServerTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language, String basicUser) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language);
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":tandem-demo").getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownAssetGetsTheFriendly404() throws Exception {
        var response = get("/css/nothing-here.css", "en", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain("Exception", "at org.");
    }

    @Test
    void aMalformedIdGetsA404PageNotAStackTrace() throws Exception {
        var response = get("/api/v1/programmes/not-a-number", "en", "coordinator@demo.tandem");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "NumberFormat");
    }

    @Test
    void apiErrorsNeverCarryInternals() throws Exception {
        var response = get("/api/v1/programmes/999999", "fr", "coordinator@demo.tandem");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Cette page n'existe pas").doesNotContain("Exception", "programme 999999");
    }

    @Test
    void anUnknownApiPathIsAProblemWhileAnUnknownAssetKeepsThePage() throws Exception {
        assertThat(get("/css/nothing-here.css", "en", null).body()).contains("Not found");
        var signedIn = get("/api/v1/no-such-thing", "en", "coordinator@demo.tandem");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(signedIn.body()).contains("\"title\":\"Not found\"").doesNotContain("Exception", "<html");
    }
}
