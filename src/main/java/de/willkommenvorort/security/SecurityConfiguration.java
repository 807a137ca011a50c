package de.willkommenvorort.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Static PWA files that the service worker and the browser fetch without a Vaadin session. */
    static final String[] PUBLIC_STATIC = {
            "/manifest.webmanifest", "/app-sw.js", "/offline", "/icons/**", "/css/**", "/js/**", "/favicon.ico"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_STATIC).permitAll());
        // Vaadin writes its pages to the unwrapped response, past the lazy header writer: write the
        // headers before the request goes on.
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                // Newcomer pages load nothing from other origins; the policy makes that a rule.
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> { }).build();
    }
}
