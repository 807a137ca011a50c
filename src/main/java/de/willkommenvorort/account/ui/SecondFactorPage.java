package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import de.willkommenvorort.account.PendingSignIn;
import de.willkommenvorort.base.ui.MainLayout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of the second sign-in step. Only a session that just gave a staff password sees it; any
 * other is sent to the sign-in page. Says why the last code was refused.
 */
abstract class SecondFactorPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final String prefix;

    SecondFactorPage(String prefix) {
        this.prefix = prefix;
        addClassNames("page", "account-page", "second-factor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Optional<PendingSignIn> pending = session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p
                ? Optional.of(p) : Optional.empty();
        if (pending.isEmpty() || !pending.get().route().equals(event.getLocation().getPath())) {
            event.forwardTo(pending.map(PendingSignIn::route).orElse(LoginView.ROUTE));
            return;
        }
        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("locked")) {
            Instant until = Instant.ofEpochSecond(Long.parseLong(query.get("locked").getFirst().replaceAll("\\D", "0")));
            notice.add(new Paragraph(getTranslation("login.locked.text", LoginView.wallClock(until, getLocale()))));
        } else if (query.containsKey("error")) {
            notice.add(new Paragraph(getTranslation("login.code.wrong")));
        }
        add(new H1(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".intro")), notice);
        show(pending.get(), session);
        add(new Paragraph(MainLayout.routerLink(LoginView.ROUTE, new Span(getTranslation("login.code.restart")))));
    }

    /** Adds the page's own part below the title. */
    abstract void show(PendingSignIn pending, WrappedSession session);

    CodeForm codeForm(String action) {
        return new CodeForm(action, getTranslation("login.code.label"), getTranslation(prefix + ".submit"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
