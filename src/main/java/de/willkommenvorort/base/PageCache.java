package de.willkommenvorort.base;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.vaadin.flow.spring.SpringServlet;
import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.database.KeptPerGeneration;
import de.willkommenvorort.i18n.LanguagePreference;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the newcomer pages ({@link de.willkommenvorort.base.ui.ServerPage}) as they were sent: a
 * page is the same for everyone who asks for the same address in the same language with the same
 * choices on the device (the {@code wvo-} cookies) on the same day, so it is rendered once and then
 * sent as it is, compressed once. A page is kept for one generation of {@link CommittedChanges}
 * (anything published, changed or taken offline, here or on another instance, makes every kept page
 * one nobody gets again) and {@code wvo.pages.cache-life} at the most. Only a complete "200" page
 * that sets no cookie is kept. Newcomers who ask for a page while it is being rendered wait for
 * that one rendering rather than each rendering it (docs/decisions/035).
 *
 * <p>A kept page is answered right after {@link ServerPageFilter}, before Spring Security: these
 * pages are public and rendered for nobody in particular (no session, no sign-in), the same address
 * passed the whole chain when the page was rendered, and the answer carries every header the
 * response had then, the security headers included.
 */
final class PageCache extends OncePerRequestFilter {

    /** Request attribute set by {@link ServerPageFilter} on a request for a server page. */
    static final String SERVER_PAGE = PageCache.class.getName() + ".page";
    /** How long a newcomer waits for somebody else's rendering of the same page before rendering it. */
    private static final long WAIT_SECONDS = 10;
    private static final String COOKIE_PREFIX = "wvo-";
    /** Request attribute: the page this request renders, for those who wait for it. */
    private static final String RENDERING = PageCache.class.getName() + ".rendering";

    /** A page being rendered for those who wait, and the version the asking phone holds. */
    private record Render(CompletableFuture<RenderedPage> page, String ifNoneMatch) {
    }

    /** Everything the page depends on besides the data. */
    private record Key(String address, boolean secure, String language, String choices, LocalDate day,
                       long generation) {
    }

    private final KeptPerGeneration<Key, RenderedPage> kept;
    private final AsyncCache<Key, RenderedPage> pages;
    private final Clock clock;

    PageCache(CommittedChanges changes, Clock clock, Duration life, DataSize size, MeterRegistry meters) {
        this.clock = clock;
        this.kept = new KeptPerGeneration<>(changes, Key::generation, life, size, RenderedPage::weight, meters, "pages");
        this.pages = kept.answers();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getAttribute(SERVER_PAGE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = key(request);
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPage> kept = pages.get(key, (asked, executor) -> mine);
        if (kept != mine) {
            RenderedPage page = KeptPerGeneration.await(kept, WAIT_SECONDS);
            if (page != null) {
                page.answer(request.getHeader(RenderedPage.IF_NONE_MATCH), request.getHeader("Accept-Encoding"),
                        response);
            } else {
                // Not a page that is kept (a 404, a cookie set): it answers for itself.
                chain.doFilter(request, response);
            }
            return;
        }
        request.setAttribute(RENDERING, new Render(mine, request.getHeader(RenderedPage.IF_NONE_MATCH)));
        try {
            chain.doFilter(new Unconditional(request), response);
        } finally {
            request.removeAttribute(RENDERING);
            // Completing with nothing takes the entry out: the next request renders again. (Done
            // already if the page reached Vaadin's servlet, see Rendering.)
            mine.complete(null);
        }
    }

    /**
     * Where the page is rendered: Spring's dispatcher forwards page requests to Vaadin's servlet,
     * and a forward finishes the response when it returns. So the page is caught on its way into
     * the forward, kept, and written before the forward ends.
     */
    static final class Rendering extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getDispatcherType() != DispatcherType.FORWARD
                    || !(request.getAttribute(RENDERING) instanceof Render);
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return true;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Render render = (Render) request.getAttribute(RENDERING);
            request.removeAttribute(RENDERING);
            CompletableFuture<RenderedPage> mine = render.page();
            RenderedPage page = null;
            try {
                RenderedPage.Capture capture = new RenderedPage.Capture(response);
                chain.doFilter(request, capture);
                page = capture.page();
                if (page == null) {
                    capture.release();
                } else {
                    page.answer(render.ifNoneMatch(), request.getHeader("Accept-Encoding"), response);
                }
            } finally {
                mine.complete(page);
            }
        }
    }

    private Key key(HttpServletRequest request) {
        String query = request.getQueryString();
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        String choices = Arrays.stream(cookies).filter(c -> c.getName().startsWith(COOKIE_PREFIX))
                .map(c -> c.getName() + "=" + c.getValue()).sorted().collect(Collectors.joining(";"));
        String chosen = Arrays.stream(cookies).filter(c -> LanguagePreference.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
        // The generation is read before rendering: a change committed meanwhile makes this page one
        // nobody gets again.
        return new Key(request.getRequestURI() + (query == null ? "" : "?" + query), request.isSecure(),
                LanguagePreference.effective(chosen, request.getLocales()).code(), choices,
                LocalDate.now(clock), kept.generation());
    }

    /** Kept pages are whole pages: the rendering request is not a conditional one. */
    private static final class Unconditional extends HttpServletRequestWrapper {

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return RenderedPage.IF_NONE_MATCH.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return RenderedPage.IF_NONE_MATCH.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(RenderedPage.IF_NONE_MATCH::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PageCache> pageCache(CommittedChanges changes, Clock clock, MeterRegistry meters,
                                                    @Value("${wvo.pages.cache-life:10m}") Duration life,
                                                    @Value("${wvo.pages.cache-size:32MB}") DataSize size) {
            FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
                    new PageCache(changes, clock, life, size, meters));
            // Right after ServerPageFilter (-200), before Spring Security's chain (-100).
            registration.setOrder(-199);
            registration.setEnabled(!life.isZero() && !life.isNegative());
            return registration;
        }

        @Bean
        FilterRegistrationBean<Rendering> pageRendering(List<ServletRegistrationBean<?>> servlets) {
            FilterRegistrationBean<Rendering> registration = new FilterRegistrationBean<>(new Rendering());
            registration.setName("pageRendering");
            registration.setDispatcherTypes(DispatcherType.FORWARD);
            // Spring forwards to Vaadin's servlet by its name, and such a forward passes only the
            // filters mapped to that name.
            servlets.stream().filter(servlet -> servlet.getServlet() instanceof SpringServlet)
                    .map(ServletRegistrationBean::getServletName).forEach(registration::addServletNames);
            registration.setOrder(0);
            return registration;
        }
    }
}
