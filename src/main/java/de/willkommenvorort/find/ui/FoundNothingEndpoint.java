package de.willkommenvorort.find.ui;

import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.offer.NothingFound;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.security.SecurityContribution;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "I found nothing" under an empty list: a plain form post (the list is a server page), which
 * tells the county what was searched in vain through an event the report feature records, and
 * leads back to the list with a thank-you. Nothing about the newcomer is kept; the address only
 * feeds an in-memory limit. A post from another site is refused (no session, so no CSRF token:
 * the browser's Sec-Fetch-Site or Origin says where the form was).
 */
@Controller
class FoundNothingEndpoint implements SecurityContribution {

    static final String PATH = "offers/found-nothing";
    /** Signals one address may send per hour. */
    static final int PER_ADDRESS = 20;

    private static final RequestMatcher POSTS = request -> HttpMethod.POST.matches(request.getMethod())
            && ("/" + PATH).equals(request.getServletPath());

    private final FilterParams params;
    private final ApplicationEventPublisher events;
    private final Throttle perAddress;

    FoundNothingEndpoint(CategoryService categories, ApplicationEventPublisher events, Throttles throttles) {
        this.params = new FilterParams(categories);
        this.events = events;
        this.perAddress = throttles.of("found-nothing-per-address", PER_ADDRESS, Duration.ofHours(1));
    }

    @Override
    public void http(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(POSTS).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(POSTS));
    }

    @PostMapping("/" + PATH)
    ResponseEntity<Void> tell(HttpServletRequest request) {
        if (!sameSite(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
        OfferFilter filter = params.parse(query);
        String address = "found-nothing:" + request.getRemoteAddr();
        if (perAddress.blockedUntil(address).isEmpty()) {
            perAddress.record(address);
            String language = LanguagePreference.effective(cookie(request), request.getLocales()).code();
            events.publishEvent(NothingFound.of(filter, language));
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath(request.getContextPath() + "/" + ResultsView.ROUTE);
        params.of(filter).forEach(back::queryParam);
        back.queryParam(ResultsView.P_TOLD, "1");
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back.encode().build().toUriString())).build();
    }

    private static boolean sameSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.endsWith("://" + host));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> LanguagePreference.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
