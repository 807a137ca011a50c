package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.account.SetUpLink;
import de.willkommenvorort.account.StaffOnboarding;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;

/**
 * Opened from a staff set-up link (the first administrator's from the log or mail, or an
 * invitation): the person chooses name and password (and the address, if the link has none),
 * then signs in and sets up the second factor.
 */
@Route(value = StaffOnboarding.ROUTE + "/:token", layout = MainLayout.class)
@AnonymousAllowed
class StaffSetUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffOnboarding onboarding;

    StaffSetUpView(StaffOnboarding onboarding) {
        this.onboarding = onboarding;
        addClassNames("page", "account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        SetUpLink link = onboarding.check(token);
        if (link.result() != AccountService.LinkResult.DONE) {
            failed(link.result());
            return;
        }
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        link.email().ifPresent(address -> {
            email.setValue(address);
            email.setReadOnly(true);
        });
        TextField name = new TextField(getTranslation("register.name"));
        name.setMaxLength(Account.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        name.setWidthFull();
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        password.setMaxLength(PasswordPolicy.MAX);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        FormErrors errors = new FormErrors().field("email", email).field("name", name).field("password", password);
        Button save = new Button(getTranslation("setup.save"), e -> {
            try {
                AccountService.LinkResult result = onboarding.accept(token, email.getValue(), name.getValue(),
                        password.getValue(), Language.of(getLocale()).code());
                if (result == AccountService.LinkResult.DONE) {
                    getUI().ifPresent(ui -> ui.navigate(LoginView.ROUTE, QueryParameters.of("ready", "")));
                } else {
                    removeAll();
                    failed(result);
                }
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro",
                link.role())), email, name, password, save);
    }

    private void failed(AccountService.LinkResult result) {
        add(new H1(getTranslation("setup.failed.title")), new Paragraph(getTranslation(
                result == AccountService.LinkResult.EXPIRED ? "setup.failed.expired" : "setup.failed.unknown")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
