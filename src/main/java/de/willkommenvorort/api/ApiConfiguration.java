package de.willkommenvorort.api;

import de.willkommenvorort.security.SecurityContribution;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API is open to anyone, needs no session and no sign-in, and takes so many requests a minute
 * from one address ({@code wvo.api.requests-per-minute}, {@link ApiRateLimit}); every answer carries
 * an ETag of its body, and a client that sends it back in If-None-Match gets a bodiless 304 (Spring's
 * {@link ShallowEtagHeaderFilter}: the answer is built anyway, the bytes are saved).
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

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*", CalendarFeeds.PATH);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }
}
