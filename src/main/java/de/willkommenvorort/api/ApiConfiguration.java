package de.willkommenvorort.api;

import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.security.SecurityContribution;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API is open to anyone, needs no session and no sign-in, and takes so many requests a minute
 * from one address ({@code wvo.api.requests-per-minute}, {@link ApiRateLimit}); every answer carries
 * an ETag of its body, and a client that sends it back in If-None-Match gets a bodiless 304 (Spring's
 * {@link ShallowEtagHeaderFilter}). An answer is built once per change generation and then sent as
 * it is ({@link ApiAnswers}, {@code wvo.api.cache-life}, {@code wvo.api.cache-size}).
 */
@Configuration
class ApiConfiguration implements SecurityContribution {

    static final RequestMatcher API = request -> request.getServletPath().startsWith("/api/")
            || request.getServletPath().equals(CalendarFeeds.PATH);

    @Override
    public void http(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(API).permitAll());
    }

    /** Before the ETags: a refused request costs nothing. */
    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(@Value("${wvo.api.requests-per-minute:300}") long perMinute,
                                                      MeterRegistry meters) {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(new ApiRateLimit(perMinute, meters));
        registration.addUrlPatterns("/api/*", CalendarFeeds.PATH);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Inside the ETags: a kept answer is answered with a 304 as well. */
    @Bean
    FilterRegistrationBean<ApiAnswers> apiAnswers(CommittedChanges changes, Clock clock, MeterRegistry meters,
                                                  @Value("${wvo.api.cache-life:10m}") Duration life,
                                                  @Value("${wvo.api.cache-size:16MB}") DataSize size) {
        FilterRegistrationBean<ApiAnswers> registration = new FilterRegistrationBean<>(
                new ApiAnswers(changes, clock, life, size, meters));
        registration.addUrlPatterns("/api/*", CalendarFeeds.PATH);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 4);
        registration.setEnabled(!life.isZero() && !life.isNegative());
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*", CalendarFeeds.PATH);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }
}
