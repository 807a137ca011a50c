package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.Provider;
import de.willkommenvorort.provider.ProviderKind;
import java.util.Arrays;

/** A volunteer or an organisation registers; the account works once the mailed link is opened. */
@Route(value = "account/register", layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    private final Select<ProviderKind> kind = new Select<>();
    private final TextField organisation = new TextField();
    private final ComboBox<MunicipalityRef> municipality = new ComboBox<>();
    private final SignUpFields account = new SignUpFields(this, "register.consent");

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
        municipality.setLabel(getTranslation("register.municipality"));
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        account.field("kind", kind).field("organisation", organisation).field("municipality", municipality);
        for (HasSize field : new HasSize[] {kind, organisation, municipality}) {
            field.setWidthFull();
        }
        Paragraph translators = new Paragraph(MainLayout.routerLink("translate/register",
                new Span(getTranslation("translator.register.link"))));
        translators.addClassName("register-translator");
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), translators,
                account.notice(), kind, organisation, account.name(), municipality, account.email(), account.password(),
                account.consent(), account.submit(clientAddress -> register(accounts, clientAddress)), account.signIn());
    }

    private void register(AccountService accounts, String clientAddress) {
        accounts.register(new Registration(kind.getValue(), organisation.getValue(), account.name().getValue(),
                municipality.getValue() == null ? null : municipality.getValue().id(), account.email().getValue(),
                account.password().getValue(), Language.of(getLocale()).code(), account.consent().getValue()),
                clientAddress);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
