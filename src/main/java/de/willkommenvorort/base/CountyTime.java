package de.willkommenvorort.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The county's clock. "Today", "this week" and every wall-clock time of an offer or event mean
 * the time in Germany, whatever zone the server runs in; tests can replace the bean.
 */
@Configuration
public class CountyTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
