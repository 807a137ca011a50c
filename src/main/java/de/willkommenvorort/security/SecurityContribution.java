package de.willkommenvorort.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A feature's part of the one security filter chain (sign-in, filters), so that the security
 * feature need not know the features that sign people in.
 */
public interface SecurityContribution {

    default void http(HttpSecurity http) throws Exception {
    }

    default void vaadin(VaadinSecurityConfigurer vaadin) {
    }
}
