package de.willkommenvorort.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions open on this instance ({@code wvo_vaadin_sessions}): each holds its UI in the
 * server's memory until it ends, so the count is what the instance carries. A server page's
 * session lives for its one request ({@link ThrowawaySession}) and is not counted. Sessions are
 * held weakly: one whose end was never announced drops out once it is gone.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private final Set<VaadinSession> open = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    OpenSessions(MeterRegistry meters) {
        Gauge.builder("wvo.vaadin.sessions", open, Set::size)
                .description("Vaadin sessions open on this instance (not counting server pages' one-request sessions)")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> {
            if (started.getRequest().getAttribute(ServerPages.REQUEST_MARK) == null) {
                open.add(started.getSession());
            }
        });
        event.getSource().addSessionDestroyListener(ended -> open.remove(ended.getSession()));
    }
}
