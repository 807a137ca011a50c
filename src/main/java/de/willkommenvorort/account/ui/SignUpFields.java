package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What registering as a provider and as a translator share: the name, address, password and
 * consent fields with the account's limits, the notice above the form, the button, and what the
 * page shows after it (the mailbox page, or each problem at its field). Each form places these
 * fields among its own, in its own order, and names its own fields for the problems.
 */
public final class SignUpFields {

    private final Div page;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Div notice = new Div();
    private final FormErrors errors = new FormErrors();

    /** The fields of a registration page, with the consent that page asks for. */
    public SignUpFields(Div page, String consentKey) {
        this.page = page;
        name.setLabel(page.getTranslation("register.name"));
        name.setMaxLength(Account.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(page.getTranslation("register.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(page.getTranslation("register.password"));
        password.setHelperText(page.getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        password.setMaxLength(PasswordPolicy.MAX);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        consent.setLabel(page.getTranslation(consentKey));
        errors.field("name", name).field("email", email).field("password", password).field("consent", consent);
        name.setWidthFull();
        email.setWidthFull();
        password.setWidthFull();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
    }

    public TextField name() {
        return name;
    }

    public EmailField email() {
        return email;
    }

    public PasswordField password() {
        return password;
    }

    public Checkbox consent() {
        return consent;
    }

    /** Where what concerns no single field is said, above the form. */
    public Div notice() {
        return notice;
    }

    /** One of the page's own fields, which shows the problems the service names it by. */
    public SignUpFields field(String problem, HasValidation field) {
        errors.field(problem, field);
        return this;
    }

    /**
     * The button that registers: {@code register} is handed the client's address (for throttling)
     * and calls the service; the page then says where the link went, or shows what was refused.
     */
    public Button submit(Consumer<String> register) {
        Button submit = new Button(page.getTranslation("register.submit"), e -> register(register));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        return submit;
    }

    /** The way to sign in, for those who have an account already. */
    public Paragraph signIn() {
        return new Paragraph(MainLayout.routerLink(LoginView.ROUTE, new Span(page.getTranslation("register.have-account"))));
    }

    private void register(Consumer<String> register) {
        notice.removeAll();
        try {
            register.accept(ClientAddress.current());
            page.removeAll();
            page.add(new H1(page.getTranslation("register.sent.title")),
                    new Paragraph(page.getTranslation("register.sent.text", email.getValue().strip())));
        } catch (InvalidInput e) {
            Map<String, String> rest = errors.show(e.problems(), page);
            rest.values().forEach(key -> notice.add(new Paragraph(page.getTranslation(key))));
            notice.add(new Paragraph(page.getTranslation("form.check")));
        } catch (TooManyAttempts e) {
            errors.clear();
            notice.add(new Paragraph(page.getTranslation("form.too-many", LoginView.wallClock(e.until(), UI.getCurrent().getLocale()))));
        }
    }
}
