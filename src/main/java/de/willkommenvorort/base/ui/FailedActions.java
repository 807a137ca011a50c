package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.willkommenvorort.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action on an open page fails unexpectedly (a button that saves while
 * the database restarts): a message in their language that what they entered is still there and
 * when to try again. Vaadin's own handler would only log it, and the button would seem to do
 * nothing. The page stays as it is, so a form keeps every field.
 */
@Component
class FailedActions implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FailedActions.class);
    private static final int SHOWN_MS = 10_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        boolean unavailable = DatabaseUnavailable.causedBy(failure);
        if (unavailable) {
            log.warn("Database unavailable during an action: {}", DatabaseUnavailable.reason(failure));
        } else {
            log.error("An action failed", failure);
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String text = ui.getTranslation(unavailable ? "error.action.unavailable" : "error.action.failed");
        // One tap may fail in several places: one message, not a stack of them.
        Notification shown = ComponentUtil.getData(ui, Notification.class);
        if (shown != null && shown.isOpened()) {
            shown.setText(text);
            return;
        }
        Notification notification = new Notification(text, SHOWN_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("action-failed");
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
    }
}
