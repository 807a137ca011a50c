package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign-in for volunteers, organisations and staff. The form posts to Spring Security. */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    public static final String AFTER_LOGIN = "/my";

    private final LoginForm form = new LoginForm();
    private final Div notice = new Div();

    LoginView() {
        addClassNames("page", "account-page");
        form.setAction(ROUTE);
        form.setI18n(i18n());
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ResetRequestView.class)));
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("login.title")), notice, form,
                new Paragraph(MainLayout.routerLink("account/register", new Span(getTranslation("login.register")))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        notice.removeAll();
        Optional<Instant> lockedUntil = lockedUntil(query);
        if (lockedUntil.isPresent()) {
            showError("login.locked.title", getTranslation("login.locked.text", wallClock(lockedUntil.get(), getLocale())));
        } else if (query.containsKey("locked")) {
            showError("login.error.title", getTranslation("login.error.text"));
        } else if (query.containsKey("unverified")) {
            showError("login.unverified.title", getTranslation("login.unverified.text"));
            notice.add(new Paragraph(MainLayout.routerLink("account/resend", new Span(getTranslation("login.unverified.resend")))));
        } else if (query.containsKey("error")) {
            showError("login.error.title", getTranslation("login.error.text"));
        } else if (query.containsKey("reset")) {
            notice.add(new Paragraph(getTranslation("login.after-reset")));
        } else if (query.containsKey("verified")) {
            notice.add(new Paragraph(getTranslation("login.after-verify")));
        } else if (query.containsKey("ready")) {
            notice.add(new Paragraph(getTranslation("login.after-setup")));
        } else if (query.containsKey("expired")) {
            notice.add(new Paragraph(getTranslation("login.code.expired")));
        }
    }

    /** Until when sign-in is blocked, as the failure handler wrote it; a mangled address names no time. */
    private static Optional<Instant> lockedUntil(Map<String, List<String>> query) {
        String seconds = query.getOrDefault("locked", List.of()).stream().findFirst().orElse("");
        if (!seconds.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }

    /** The county's clock time of an instant, as the UI language writes it. */
    static String wallClock(Instant instant, java.util.Locale locale) {
        return LocalFormats.time(instant.atZone(ZoneId.of("Europe/Berlin")).toLocalTime(), Language.of(locale));
    }

    private void showError(String titleKey, String message) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
