package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/**
 * Issue 13: every answer of the API that is not a success is a problem detail, also for what no controller handles.
 * The test walks every mapped API endpoint (from the handler mappings, so a new one is walked too) as an admin: with a
 * method it does not take (405 with Allow) and with junk in its path variables (never 5xx, always problem+json).
 */
@IntegrationTest
class ApiEndpointsWalkTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    /** The admin as a signed-in principal: the walk's hundreds of calls without a password check each. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(TestUsers.ADMIN));
    }

    @BeforeEach
    void users() {
        users.ensure();
    }

    /** Each API path pattern with the methods mapped to it (all five when a mapping names none). */
    private Map<String, Set<HttpMethod>> endpoints() {
        Map<String, Set<HttpMethod>> endpoints = new LinkedHashMap<>();
        for (var mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        endpoints.computeIfAbsent(pattern, p -> new LinkedHashSet<>()).addAll(methods(info));
                    }
                }
            }
        }
        return endpoints;
    }

    private static Set<HttpMethod> methods(RequestMappingInfo info) {
        var declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return new LinkedHashSet<>(METHODS);
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        for (RequestMethod method : declared) {
            methods.add(method.asHttpMethod());
        }
        return methods;
    }

    /** The methods any mapped pattern matching this concrete path takes: Spring answers 405 only beyond these. */
    private static Set<HttpMethod> methodsAt(String path, Map<String, Set<HttpMethod>> endpoints) {
        Set<HttpMethod> methods = new LinkedHashSet<>();
        var container = PathContainer.parsePath(path);
        endpoints.forEach((pattern, taken) -> {
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            if (parsed.matches(container)) {
                methods.addAll(taken);
            }
        });
        return methods;
    }

    private static String fill(String pattern, String value) {
        return VARIABLE.matcher(pattern).replaceAll(value);
    }

    private static void assertProblem(String what, MockHttpServletResponse response, List<String> failures)
            throws Exception {
        String body = response.getContentAsString();
        String type = response.getContentType();
        if (response.getStatus() >= 500) {
            failures.add(what + " answered " + response.getStatus() + ": " + body);
        } else if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            failures.add(what + " answered " + response.getStatus() + " as " + type + " instead of problem+json");
        } else if (body.contains("java.") || body.contains("org.tandem") || body.contains("Exception")
                || body.contains("\tat ")) {
            failures.add(what + " names Java types or a stack trace: " + body);
        }
    }

    @Test
    void everyEndpointAnswersAMethodItDoesNotTakeWith405AProblemAndTheAllowedMethods() throws Exception {
        var endpoints = endpoints();
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        int walked = 0;
        for (var endpoint : endpoints.keySet()) {
            if (endpoint.contains("*")) {
                continue;
            }
            String path = fill(endpoint, "1");
            var taken = methodsAt(path, endpoints);
            var wrong = METHODS.stream().filter(m -> !taken.contains(m)).findFirst();
            if (wrong.isEmpty()) {
                continue;
            }
            walked++;
            var response = mvc.perform(request(wrong.get(), path).with(admin()).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andReturn().getResponse();
            String what = wrong.get() + " " + path;
            if (response.getStatus() != 405) {
                failures.add(what + " answered " + response.getStatus() + " instead of 405");
                continue;
            }
            assertProblem(what, response, failures);
            String allow = response.getHeader("Allow");
            if (allow == null || taken.stream().anyMatch(m -> !allow.contains(m.name()))) {
                failures.add(what + " has Allow '" + allow + "', expected " + taken);
            }
        }
        assertThat(walked).as("endpoints walked with a wrong method").isGreaterThan(30);
        assertThat(failures).as("wrong methods not answered with a 405 problem").isEmpty();
    }

    @Test
    void junkInEveryPathVariableIsAProblemNeverAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int walked = 0;
        for (var endpoint : endpoints().entrySet()) {
            if (!VARIABLE.matcher(endpoint.getKey()).find() || endpoint.getKey().contains("*")) {
                continue;
            }
            // already encoded: a snowman, and an encoded '%' (which the firewall refuses)
            for (String junk : List.of("junk", "-1", "99999999999", "%E2%98%83", "%25")) {
                String path = fill(endpoint.getKey(), junk);
                for (HttpMethod method : endpoint.getValue()) {
                    walked++;
                    var request = request(method, java.net.URI.create(path)).with(admin())
                            .header("Accept-Language", "en");
                    if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
                        request.contentType(MediaType.APPLICATION_JSON).content("{}");
                    }
                    assertProblem(method + " " + path, mvc.perform(request).andReturn().getResponse(), failures);
                }
            }
        }
        assertThat(walked).as("endpoint calls with junk path variables").isGreaterThan(50);
        assertThat(failures).as("junk path variables not answered with a problem").isEmpty();
    }

    @Test
    void anUnmappedApiPathIsA404ProblemInTheCallersLanguageAndAnUnmappedPageKeepsTheFriendlyPage() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing/42").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Il n'y a rien à cette adresse de l'API, ou vous n'y avez pas accès."))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing/42"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not signed in"));
        // a page path is left to the container's friendly error page (ErrorPagesTests renders it in a real server)
        var page = mvc.perform(get("/no-such-page").header("Accept-Language", "en").with(
                        SecurityMockMvcRequestPostProcessors.user(TestUsers.ADMIN).roles("ADMIN")))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(page.getContentType()).isNull();
        assertThat(page.getContentAsString()).isEmpty();
    }

    @Test
    void aBodyOfAnotherTypeIs415AndTheMethodOfAnotherEndpointIs405InDutchByDefault() throws Exception {
        mvc.perform(post("/api/v1/programmes").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.TEXT_PLAIN).content("name"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unsupported format"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/json")));
        mvc.perform(request(HttpMethod.DELETE, "/api/v1/programmes")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("GET"), org.hamcrest.Matchers.containsString("POST"))))
                .andExpect(jsonPath("$.title").value("Methode niet toegestaan"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Dit adres neemt geen DELETE aan")));
    }
}
