package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.ui.SignUpFields;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.translation.Translators;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code translate/register}: a volunteer with language skills registers as a translator, with
 * the languages they translate into; the account works once the mailed link is opened.
 */
@Route(value = TranslatorRegisterView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class TranslatorRegisterView extends Div implements HasDynamicTitle {

    static final String ROUTE = "translate/register";

    private final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    private final SignUpFields account = new SignUpFields(this, "translator.consent");

    TranslatorRegisterView(Translators translators, ServedLanguages served) {
        addClassNames("page", "account-page");
        Language ui = Language.of(getLocale());
        languages.setLabel(getTranslation("translator.languages"));
        languages.setHelperText(getTranslation("translator.languages.hint"));
        languages.setItems(served.all().stream().filter(l -> l != Language.SOURCE).toList());
        languages.setItemLabelGenerator(l -> Languages.label(l, ui));
        languages.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        languages.addClassName("translator-languages");
        Language.ofCode(ui.code()).filter(l -> l != Language.SOURCE && served.serves(l))
                .ifPresent(l -> languages.setValue(Set.of(l)));
        account.field("languages", languages);
        add(new H1(getTranslation("translator.register.title")), new Paragraph(getTranslation("translator.register.intro")),
                account.notice(), account.name(), languages, account.email(), account.password(), account.consent(),
                account.submit(clientAddress -> register(translators, clientAddress)), account.signIn());
    }

    private void register(Translators translators, String clientAddress) {
        translators.register(new Translators.SignUp(account.name().getValue(), account.email().getValue(),
                account.password().getValue(), Language.of(getLocale()).code(), account.consent().getValue(),
                languages.getValue().stream().map(Language::code).collect(Collectors.toSet())), clientAddress);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translator.register.title");
    }
}
