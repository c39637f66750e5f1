package org.tandem.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in the database (Spring Session JDBC). Two requests of one session at the same moment may both add
 * the same attribute (the CSRF token, made on the first page after signing in): the plain insert let the second fail
 * on the duplicate key with a 500. The attribute is written as an upsert instead, the later one winning. A session's
 * last-access time is written at most once a minute ({@link ThrottledSessionWrites}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String H2_CREATE_SESSION_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
    }

    /**
     * Spring Session's filter, built again around {@link ThrottledSessionWrites}. Spring Session has no hook for the
     * repository its filter uses other than the {@code SessionRepository} bean itself, and replacing that bean turns off
     * Boot's whole JDBC session set-up; so the filter is swapped, with the cookie resolver Spring Session would use.
     */
    @Bean
    static BeanPostProcessor throttledSessionWrites(ObjectProvider<SessionRepository<? extends Session>> repository,
            ObjectProvider<HttpSessionIdResolver> resolver, ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                var filter = throttled(repository.getObject());
                filter.setHttpSessionIdResolver(resolver.getIfAvailable(() -> {
                    var cookieResolver = new CookieHttpSessionIdResolver();
                    cookies.ifAvailable(cookieResolver::setCookieSerializer);
                    return cookieResolver;
                }));
                return filter;
            }
        };
    }

    private static <S extends Session> SessionRepositoryFilter<?> throttled(SessionRepository<S> sessions) {
        return new SessionRepositoryFilter<>(new ThrottledSessionWrites<>(sessions, ThrottledSessionWrites.INTERVAL));
    }
}
