package org.tandem.shared;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends every statement of the application's data source past the {@link DataChangeListener}. */
@Configuration(proxyBeanMethods = false)
class DataVersionConfiguration {

    @Bean
    static BeanPostProcessor dataChangeWatch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    var listener = new DataChangeListener();
                    return ProxyDataSourceBuilder.create(name, dataSource).listener(listener).methodListener(listener)
                            .build();
                }
                return bean;
            }
        };
    }
}
