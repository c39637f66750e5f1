package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tandem.IntegrationTest;

/**
 * Every page and endpoint must say who may reach it: Tandem's own handlers by an access annotation on the
 * method or its class, framework handlers (error page, API documentation) by a public path in the security
 * configuration. A new endpoint without a rule fails here.
 */
@IntegrationTest
class AccessRulesTests {

    private static final Set<Class<? extends Annotation>> RULES = Set.of(PreAuthorize.class, PermitAll.class,
            DenyAll.class, RolesAllowed.class, Secured.class);

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @Test
    void everyHandlerHasAnExplicitAccessRule() {
        var missing = new ArrayList<String>();
        int ours = 0;
        for (var mapping : mappings) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (handler.getBeanType().getName().startsWith("org.tandem.")) {
                    ours++;
                    if (!hasRule(handler)) {
                        missing.add(handler.toString());
                    }
                } else if (!coveredByPublicPath(entry.getKey().getPatternValues())) {
                    missing.add(handler + " " + entry.getKey().getPatternValues());
                }
            }
        }
        assertThat(ours).as("Tandem's own handlers found").isGreaterThan(20);
        assertThat(missing).as("handlers without an access rule").isEmpty();
    }

    private static boolean hasRule(HandlerMethod handler) {
        return RULES.stream().anyMatch(rule -> AnnotatedElementUtils.hasAnnotation(handler.getMethod(), rule)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), rule));
    }

    private static boolean coveredByPublicPath(Set<String> patterns) {
        var parser = PathPatternParser.defaultInstance;
        return !patterns.isEmpty() && patterns.stream().allMatch(pattern -> {
            var path = PathContainer.parsePath(pattern.replace("{", "x").replace("}", "x").replace("*", "x"));
            for (String open : SecurityConfiguration.PUBLIC_PATHS) {
                if (parser.parse(open).matches(path)) {
                    return true;
                }
            }
            return false;
        });
    }
}
