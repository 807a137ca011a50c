package de.willkommenvorort.base;

import com.vaadin.flow.server.VaadinSession;
import de.willkommenvorort.base.ServerPages.Address;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Routes the first request of a server page ({@link de.willkommenvorort.base.ui.ServerPage}): it
 * is rendered in a session that lives for this request only ({@link ThrowawaySession}), may be
 * kept by the phone and asked about again ({@link ServerPages} answers with an ETag). An address
 * that opens no view goes the same way, so that if nothing else answers it, the "not found" view
 * does as a server page (404, no client) and no session is made for it. Runs before Spring
 * Security, so that nothing along the way creates a real session.
 */
final class ServerPageFilter extends OncePerRequestFilter {

    /** Tells the service worker that a page may be kept for offline use (public, the same for everyone). */
    static final String KEEPABLE = "X-Wvo-Keepable";
    /** Vaadin's own files, uploads and downloads: they need the real session, and are never a page. */
    private static final String VAADIN = "/VAADIN/";
    /** Request attribute: what the address opens, as found once. */
    private static final String ADDRESS = ServerPageFilter.class.getName() + ".address";

    private final ServerPages pages;

    ServerPageFilter(ServerPages pages) {
        this.pages = pages;
    }

    /** Whether the request's address opens a view (a server page or Vaadin's client), as found here. */
    static boolean opensView(HttpServletRequest request) {
        Object address = request.getAttribute(ADDRESS);
        return address == Address.VIEW || address == Address.SERVER_PAGE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String query = request.getQueryString();
        if (!("GET".equals(method) || "HEAD".equals(method)) || (query != null && query.contains("v-r="))
                || request.getServletPath().startsWith(VAADIN)) {
            return true;
        }
        Address address = pages.address(request);
        request.setAttribute(ADDRESS, address);
        return address == Address.VIEW;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ServerPages.REQUEST_MARK, Boolean.TRUE);
        if (request.getAttribute(ADDRESS) == Address.SERVER_PAGE) {
            // Public and the same for everyone who reads this language: the phone may keep it and ask
            // whether it changed; shared caches may not (the language is in a cookie).
            response.setHeader("Cache-Control", "private, no-cache");
            response.setHeader(KEEPABLE, "1");
            request.setAttribute(PageCache.SERVER_PAGE, Boolean.TRUE);
        }
        HttpServletRequest throwaway = ThrowawaySession.wrap(request);
        try {
            chain.doFilter(throwaway, response);
        } finally {
            end(throwaway);
        }
    }

    /** Lets Vaadin close the UI it built for the page, as it would at a session's end. */
    private static void end(HttpServletRequest request) {
        if (request.getSession(false) instanceof ThrowawaySession session) {
            for (Object value : session.values()) {
                if (value instanceof VaadinSession vaadin && vaadin.getService() != null) {
                    vaadin.getService().fireSessionDestroy(vaadin);
                }
            }
            session.invalidate();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ServerPageFilter> serverPageFilter(ServerPages pages) {
            FilterRegistrationBean<ServerPageFilter> registration = new FilterRegistrationBean<>(new ServerPageFilter(pages));
            // Before Spring Security's chain (-100), after character encoding.
            registration.setOrder(-200);
            return registration;
        }
    }
}
