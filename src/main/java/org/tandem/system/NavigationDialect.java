package org.tandem.system;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #nav} in templates: what the signed-in user's roles let them reach, worked out once per page. The layout's
 * two dozen {@code sec:authorize} expressions were each parsed and evaluated per request (8 % of a list page).
 */
@Component
class NavigationDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The user's roles as the navigation asks about them; no user, no role. */
    public record Navigation(boolean signedIn, Set<String> roles) {

        public boolean has(String role) {
            return roles.contains(role);
        }

        /** Admins and coordinators: programmes, participants, matching, the outbox. */
        public boolean manages() {
            return has("ADMIN") || has("COORDINATOR");
        }

        public boolean participates() {
            return has("MENTOR") || has("MENTEE");
        }

        public boolean evaluates() {
            return manages() || has("RESEARCHER");
        }

        static Navigation current() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return new Navigation(false, Set.of());
            }
            return new Navigation(true, authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet()));
        }
    }

    private static final IExpressionObjectFactory FACTORY = new IExpressionObjectFactory() {

        @Override
        public Set<String> getAllExpressionObjectNames() {
            return Set.of("nav");
        }

        @Override
        public Object buildObject(IExpressionContext context, String name) {
            return Navigation.current();
        }

        @Override
        public boolean isCacheable(String name) {
            return true;
        }
    };

    NavigationDialect() {
        super("tandem-navigation");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return FACTORY;
    }
}
