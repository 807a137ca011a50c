package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.base.ui.MainLayout;

/** Opened from the reset mail: a new password, then every session of the account ends. */
@Route(value = "account/reset/:token", layout = MainLayout.class)
@AnonymousAllowed
class ResetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    ResetView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("page", "account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        AccountService.LinkResult state = accounts.checkReset(token);
        if (state != AccountService.LinkResult.DONE) {
            failed(state);
            return;
        }
        PasswordField password = new PasswordField(getTranslation("reset.new-password"));
        password.setHelperText(getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        password.setMaxLength(PasswordPolicy.MAX);
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("reset.save"), e -> {
            try {
                AccountService.LinkResult result = accounts.resetPassword(token, password.getValue());
                if (result == AccountService.LinkResult.DONE) {
                    getUI().ifPresent(ui -> ui.navigate(LoginView.ROUTE, QueryParameters.of("reset", "")));
                } else {
                    removeAll();
                    failed(result);
                }
            } catch (InvalidInput invalid) {
                password.setErrorMessage(getTranslation(invalid.problems().get("password")));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("reset.new.title")), password, save);
    }

    private void failed(AccountService.LinkResult result) {
        add(new H1(getTranslation("reset.failed.title")),
                new Paragraph(getTranslation(result == AccountService.LinkResult.EXPIRED
                        ? "reset.failed.expired" : "reset.failed.unknown")),
                new Paragraph(MainLayout.routerLink("account/reset", new Span(getTranslation("reset.again")))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.new.title");
    }
}
