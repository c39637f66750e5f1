package org.tandem.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;

/** What every page's rendering reads over and over, looked up once: messages and the properties of view objects. */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    static BeanPostProcessor keptTemplateReads() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine) {
                    engine.setEngineContextFactory(new KeptPropertyReads.EngineContexts(engine.getEngineContextFactory()));
                }
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource source
                        && !(bean instanceof KeptMessages)) {
                    return new KeptMessages(source);
                }
                return bean;
            }
        };
    }
}
