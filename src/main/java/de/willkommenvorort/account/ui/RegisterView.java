package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.Provider;
import de.willkommenvorort.provider.ProviderKind;
import java.util.Arrays;
import java.util.Map;
import org.springframework.mail.MailException;

/** A volunteer or an organisation registers; the account works once the mailed link is opened. */
@Route(value = "account/register", layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    private final Select<ProviderKind> kind = new Select<>();
    private final TextField organisation = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<MunicipalityRef> municipality = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Div notice = new Div();
    private final FormErrors errors = new FormErrors();

    RegisterView(AccountService accounts, MunicipalityService municipalities) {
        addClassNames("page", "account-page");
        kind.setLabel(getTranslation("register.kind"));
        kind.setItems(Arrays.asList(ProviderKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("provider.kind." + k.name().toLowerCase().replace('_', '-')));
        kind.setValue(ProviderKind.VOLUNTEER);
        kind.addValueChangeListener(e -> organisation.setVisible(e.getValue() != ProviderKind.VOLUNTEER));
        organisation.setLabel(getTranslation("register.organisation"));
        organisation.setMaxLength(Provider.NAME_MAX);
        organisation.setVisible(false);
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(Account.NAME_MAX);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        municipality.setLabel(getTranslation("register.municipality"));
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        password.setMaxLength(PasswordPolicy.MAX);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        consent.setLabel(getTranslation("register.consent"));
        errors.field("kind", kind).field("organisation", organisation).field("name", name)
                .field("municipality", municipality).field("email", email).field("password", password)
                .field("consent", consent);
        for (var field : new com.vaadin.flow.component.HasSize[] {kind, organisation, name, municipality, email, password}) {
            field.setWidthFull();
        }
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("register.submit"), e -> submit(accounts));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        Paragraph translators = new Paragraph(MainLayout.routerLink("translate/register",
                new com.vaadin.flow.component.html.Span(getTranslation("translator.register.link"))));
        translators.addClassName("register-translator");
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), translators, notice,
                kind, organisation, name, municipality, email, password, consent, submit,
                new Paragraph(MainLayout.routerLink(LoginView.ROUTE, new com.vaadin.flow.component.html.Span(
                        getTranslation("register.have-account")))));
    }

    private void submit(AccountService accounts) {
        notice.removeAll();
        Registration registration = new Registration(kind.getValue(), organisation.getValue(), name.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().id(), email.getValue(),
                password.getValue(), Language.of(getLocale()).code(), consent.getValue());
        try {
            accounts.register(registration, ClientAddress.current());
            removeAll();
            add(new H1(getTranslation("register.sent.title")),
                    new Paragraph(getTranslation("register.sent.text", email.getValue().strip())));
        } catch (InvalidInput e) {
            Map<String, String> rest = errors.show(e.problems(), this);
            rest.values().forEach(key -> notice.add(new Paragraph(getTranslation(key))));
            notice.add(new Paragraph(getTranslation("form.check")));
        } catch (TooManyAttempts e) {
            errors.clear();
            notice.add(new Paragraph(getTranslation("form.too-many", LoginView.wallClock(e.until(), getLocale()))));
        } catch (MailException e) {
            errors.clear();
            notice.add(new Paragraph(getTranslation("form.mail-failed")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
