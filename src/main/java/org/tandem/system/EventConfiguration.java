package org.tandem.system;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How modules hear each other's events. Listeners ({@code @ApplicationModuleListener}) run after the publishing
 * transaction committed, each in a transaction of its own, on the thread that published: a person's steps are
 * handled in the order they happened, and the page after an action already shows its effects (a withdrawn mentee's
 * duo ended, say). Every publication is first written to the event publication registry in the publishing
 * transaction; a listener that fails is logged, never reaches the user whose action already committed, and is
 * retried by {@link EventPublications} until it succeeds.
 */
@Configuration(proxyBeanMethods = false)
class EventConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventConfiguration.class);

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (error, method, arguments) -> log.warn("Event listener {}.{} failed; it will be retried",
                method.getDeclaringClass().getSimpleName(), method.getName(), error);
    }
}
