package de.willkommenvorort.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect the app sends stays on the site the browser is on: an absolute address (the page
 * saved before sign-in, the sign-in page itself) is cut down to its path, so that neither a Host
 * or X-Forwarded-Host header naming another site, nor an address such as {@code //evil.example}
 * or {@code /\evil.example} that browsers read as another site, can send anyone away. The app
 * never redirects to another site on purpose.
 */
final class SameOriginRedirects extends OncePerRequestFilter {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern AUTHORITY = Pattern.compile("^[/\\\\]*[^/\\\\?#]*");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^[/\\\\]+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(local(location));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(local(location), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? local(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? local(value) : value);
            }
        });
    }

    /**
     * The address without scheme and host, starting with exactly one slash (browsers read a second
     * slash or a backslash as the start of another host, and skip tabs and line breaks). An
     * address relative to the current page stays as it is; one in another scheme becomes "/".
     */
    static String local(String location) {
        if (location == null) {
            return null;
        }
        String target = location.replaceAll("[\\t\\n\\r]", "").strip();
        Matcher scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            if (!scheme.group(1).equalsIgnoreCase("http") && !scheme.group(1).equalsIgnoreCase("https")) {
                return "/";
            }
            target = AUTHORITY.matcher(target.substring(scheme.end())).replaceFirst("");
            if (!target.startsWith("/") && !target.startsWith("\\")) {
                target = "/" + target;
            }
        }
        return target.startsWith("/") || target.startsWith("\\") ? "/" + LEADING_SLASHES.matcher(target).replaceFirst("")
                : target;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SameOriginRedirects> sameOriginRedirects() {
            FilterRegistrationBean<SameOriginRedirects> registration = new FilterRegistrationBean<>(new SameOriginRedirects());
            // Outside Spring Security and Vaadin, so that their redirects pass through it.
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }
    }
}
