package de.willkommenvorort.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The app's one security filter chain, and the management server's (health and metrics on a port
 * of their own, docs/decisions/029): Spring Boot runs the management endpoints in a child context
 * with a server of its own and hands it this app's filter chain proxy, so the chains here decide
 * for both ports.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /**
     * Static PWA files that the service worker and the browser fetch without a Vaadin session, the
     * calendar files of event dates and the office cards' PDFs (plain downloads of public data), the
     * skills profile's occupation lists (public data) and what search engines read.
     */
    static final String[] PUBLIC_STATIC = {
            "/manifest.webmanifest", "/app-sw.js", "/offline", "/icons/**", "/css/**", "/js/**", "/occupations/**",
            "/favicon.ico", "/events/*/*.ics", "/card/*/*.pdf", "/robots.txt", "/sitemap.xml"
    };

    /**
     * Powerful browser features the app never uses, switched off for its pages and anything they
     * might embed: a script that got in still could not open the camera or ask where someone is.
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** Requests that reached the management server (its own port), never the public one. */
    static final RequestMatcher ON_MANAGEMENT_SERVER = request -> WebServerApplicationContext.hasServerNamespace(
            WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");

    /**
     * The management server: health probes and metrics for the load balancer and Prometheus, open
     * without sign-in (no load balancer holds a staff second factor) and without a session; it is
     * kept from the public by the address it listens on. Endpoints that are not exposed answer 404.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(ON_MANAGEMENT_SERVER)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * On the public port nothing of the management endpoints exists: {@code /actuator} and below
     * answer a bare 404 before anything else looks at them (no sign-in page, no Vaadin page).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noManagementOnPublicPort() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentLength(0);
            }
        });
        registration.addUrlPatterns("/actuator", "/actuator/*");
        registration.setOrder(-300);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<SecurityContribution> contributions)
            throws Exception {
        for (SecurityContribution contribution : contributions) {
            contribution.http(http);
        }
        // Error pages answer everyone: an error must not turn into a sign-in page.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_STATIC).permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll());
        // Vaadin writes its pages to the unwrapped response, past the lazy header writer: write the
        // headers before the request goes on.
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        // Documents load nothing from other origins and run no string as code (ContentSecurityPolicy:
        // the page that starts Vaadin's client replaces it with the one Vaadin needs). Policies for
        // documents (CSP, framing, referrer, no caching) go on documents only: Vaadin's own round
        // trips (?v-r=…) carry just "no-store", which saves bytes on every tap of a prepaid phone.
        RequestMatcher documents = request -> request.getQueryString() == null
                || !request.getQueryString().contains("v-r=");
        http.headers(headers -> headers
                .cacheControl(cache -> cache.disable())
                .frameOptions(frame -> frame.disable())
                .xssProtection(xss -> xss.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documents, new CacheControlHeadersWriter()))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documents,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(documents),
                        new StaticHeadersWriter("Cache-Control", "no-store")))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documents,
                        new ContentSecurityPolicyHeaderWriter(ContentSecurityPolicy.STRICT)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documents,
                        new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documents,
                        new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    // Views that need a role stay behind the sign-in page. An address that is no view
                    // at all is nobody's: it is answered "not found" (and the Vaadin views check their
                    // role again when they are opened), not sent to sign in as if it existed.
                    vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
                    contributions.forEach(c -> c.vaadin(vaadin));
                })
                .build();
    }
}
