package de.willkommenvorort.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: the newcomer gets a calm message in their language and a way home, never
 * a stack trace; the details go to the log. While the database cannot be reached (a restart), the
 * page says "back in a moment" with status 503 and leads to the offers saved on the phone.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        super("error-view", "error.title", "error.hint");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (DatabaseUnavailable.causedBy(failure)) {
            // Passing: "back in a moment", and a browser or proxy may ask again in a few seconds.
            log.warn("Database unavailable while opening '{}': {}", event.getLocation().getPath(),
                    DatabaseUnavailable.reason(failure));
            say("error.unavailable.title", "error.unavailable.hint");
            add(MainLayout.routerLink("saved", new Span(getTranslation("offline.saved"))));
            if (VaadinResponse.getCurrent() != null) {
                VaadinResponse.getCurrent().setHeader("Retry-After", "5");
            }
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Navigation to '{}' failed", event.getLocation().getPath(), failure);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
