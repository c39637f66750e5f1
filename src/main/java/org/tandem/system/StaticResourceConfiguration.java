package org.tandem.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files under their own three paths instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page writes ({@code @{/duos/7}})
 * went through the resource URL encoder, which looked for a file of that name in four classpath locations inside the
 * jar: half of the server time of a list page with a thousand links.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    private final CacheControl cacheControl;

    StaticResourceConfiguration(@Value("${spring.web.resources.cache.cachecontrol.max-age:1h}") Duration maxAge) {
        this.cacheControl = CacheControl.maxAge(maxAge);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cacheControl).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cacheControl).resourceChain(true);
        }
    }
}
