package org.tandem.participant;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    static {
        // POI's zip-bomb guards are JVM-wide: a part may inflate at most 100 times and to at most 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }
}
