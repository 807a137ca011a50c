package de.willkommenvorort.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.common.KeyValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The {@code uri} tag of {@code http_server_requests} for what Vaadin answers. Spring MVC knows only
 * its own handlers' patterns; every page, server page or Vaadin round trip reaches Vaadin through
 * one catch-all mapping ({@code /**}), so the tag would say nothing. Here a page is tagged with its
 * route template ({@code /offer/{parameter}}, {@code /info/{slug}}), a round trip with its kind
 * ({@code VAADIN_UIDL}), Vaadin's own files as {@code /VAADIN/**}, an address no route knows as
 * {@code NOT_FOUND}. The values are a fixed set however many addresses there are: never an id, a
 * token or words typed (docs/decisions/029).
 */
@org.springframework.stereotype.Component
class RouteTags extends DefaultServerRequestObservationConvention implements VaadinServiceInitListener {

    private static final String CATCH_ALL = "/**";
    /** Vaadin's request kinds (the {@code v-r} parameter) that get a tag of their own. */
    private static final Set<String> ROUND_TRIPS = Set.of("uidl", "heartbeat", "push", "init");

    private volatile VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        String pattern = context.getPathPattern();
        if (request == null || (pattern != null && !CATCH_ALL.equals(pattern))) {
            return super.uri(context);
        }
        return vaadin(request, context.getResponse() == null ? 0 : context.getResponse().getStatus())
                .map(LowCardinalityKeyNames.URI::withValue)
                .orElseGet(() -> super.uri(context));
    }

    private Optional<String> vaadin(HttpServletRequest request, int status) {
        String roundTrip = roundTrip(request.getQueryString());
        if (roundTrip != null) {
            return Optional.of("VAADIN_" + roundTrip.toUpperCase(Locale.ROOT));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/")) {
            return Optional.of("/VAADIN/**");
        }
        Optional<String> route = route(path);
        if (route.isPresent()) {
            return route;
        }
        if (status == 404) {
            return Optional.of("NOT_FOUND");
        }
        return status >= 300 && status < 400 ? Optional.of("REDIRECTION") : Optional.empty();
    }

    /** The kind of a Vaadin round trip ({@code ?v-r=uidl}), read from the query string only. */
    static String roundTrip(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v-r=")) {
                String kind = parameter.substring(4);
                return ROUND_TRIPS.contains(kind) ? kind : "other";
            }
        }
        return null;
    }

    private Optional<String> route(String path) {
        VaadinService vaadin = service;
        if (vaadin == null) {
            return Optional.empty();
        }
        try {
            RouteRegistry routes = vaadin.getRouter().getRegistry();
            NavigationRouteTarget target = routes.getNavigationRouteTarget(path.startsWith("/") ? path.substring(1) : path);
            if (target == null || !target.hasTarget()) {
                return Optional.empty();
            }
            Class<? extends Component> view = target.getRouteTarget().getTarget();
            return routes.getTemplate(view).map(RouteTags::template);
        } catch (RuntimeException e) {
            // An address the router cannot parse is tagged as Spring would.
            return Optional.empty();
        }
    }

    /**
     * Vaadin's route template as a path pattern: {@code offer/:___url_parameter(^[+-]?…$)} becomes
     * {@code /offer/{parameter}}, {@code info/:slug} {@code /info/{slug}}.
     */
    static String template(String template) {
        StringJoiner path = new StringJoiner("/", "/", "");
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(":")) {
                String name = segment.substring(1).split("[(?*]", 2)[0];
                path.add("{" + ("___url_parameter".equals(name) ? "parameter" : name) + "}");
            } else {
                path.add(segment);
            }
        }
        return path.toString();
    }
}
