package org.tandem.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.tandem.shared.ImportProperties;

/** The import limits every module's import shares; the zip-bomb guards live with the reader itself. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {
}
