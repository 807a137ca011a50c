package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.translation.Translators;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.mail.MailException;

/**
 * {@code translate/register}: a volunteer with language skills registers as a translator, with
 * the languages they translate into; the account works once the mailed link is opened.
 */
@Route(value = TranslatorRegisterView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class TranslatorRegisterView extends Div implements HasDynamicTitle {

    static final String ROUTE = "translate/register";

    private final TextField name = new TextField();
    private final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Div notice = new Div();
    private final FormErrors errors = new FormErrors();

    TranslatorRegisterView(Translators translators, ServedLanguages served) {
        addClassNames("page", "account-page");
        Language ui = Language.of(getLocale());
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(Account.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        languages.setLabel(getTranslation("translator.languages"));
        languages.setHelperText(getTranslation("translator.languages.hint"));
        languages.setItems(served.all().stream().filter(l -> l != Language.SOURCE).toList());
        languages.setItemLabelGenerator(l -> Languages.label(l, ui));
        languages.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        languages.addClassName("translator-languages");
        Language.ofCode(ui.code()).filter(l -> l != Language.SOURCE && served.serves(l))
                .ifPresent(l -> languages.setValue(Set.of(l)));
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        password.setMaxLength(PasswordPolicy.MAX);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        consent.setLabel(getTranslation("translator.consent"));
        errors.field("name", name).field("languages", languages).field("email", email).field("password", password)
                .field("consent", consent);
        name.setWidthFull();
        email.setWidthFull();
        password.setWidthFull();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("register.submit"), e -> submit(translators));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        add(new H1(getTranslation("translator.register.title")), new Paragraph(getTranslation("translator.register.intro")),
                notice, name, languages, email, password, consent, submit,
                new Paragraph(MainLayout.routerLink("login", new Span(getTranslation("register.have-account")))));
    }

    private void submit(Translators translators) {
        notice.removeAll();
        Translators.SignUp signUp = new Translators.SignUp(name.getValue(), email.getValue(), password.getValue(),
                Language.of(getLocale()).code(), consent.getValue(),
                languages.getValue().stream().map(Language::code).collect(Collectors.toSet()));
        try {
            translators.register(signUp, clientAddress());
            removeAll();
            add(new H1(getTranslation("register.sent.title")),
                    new Paragraph(getTranslation("register.sent.text", email.getValue().strip())));
        } catch (InvalidInput e) {
            Map<String, String> rest = errors.show(e.problems(), this);
            rest.values().forEach(key -> notice.add(new Paragraph(getTranslation(key))));
            notice.add(new Paragraph(getTranslation("form.check")));
        } catch (TooManyAttempts e) {
            errors.clear();
            notice.add(new Paragraph(getTranslation("form.too-many", LocalFormats.time(e.until().atZone(CountyTime.ZONE).toLocalTime(), Language.of(getLocale())))));
        } catch (MailException e) {
            errors.clear();
            notice.add(new Paragraph(getTranslation("form.mail-failed")));
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translator.register.title");
    }
}
