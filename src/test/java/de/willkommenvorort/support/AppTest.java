package de.willkommenvorort.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a real, embedded MariaDB (fresh for each test run) with the demo county. One
 * annotation for every integration and browser test, so that they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/test-db",
        "wvo.embedded-db.fresh=true",
        // The management server on a free port of its own, read with @LocalManagementPort.
        "management.server.port=0"
})
@ActiveProfiles("demo")
@Import(TestMail.class)
public @interface AppTest {
}
