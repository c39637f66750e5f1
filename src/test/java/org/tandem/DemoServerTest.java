package org.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Tandem on a real port with its demo data, as a newcomer starts it; browser journeys run against it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.demo.enabled=true",
        "spring.datasource.url=${tandem.test.demo.url}",
        "spring.datasource.hikari.schema=${tandem.test.demo.schema}",
        "spring.flyway.schemas=${tandem.test.demo.schema}",
        "spring.flyway.default-schema=${tandem.test.demo.schema}"})
@Import({TestDatabase.class, TestUsers.class})
public @interface DemoServerTest {
}
