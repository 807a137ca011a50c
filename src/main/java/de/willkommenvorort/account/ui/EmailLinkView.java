package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.ui.MainLayout;
import java.util.function.BiConsumer;

/**
 * Asks for an address and mails a link to it. The answer is the same whether or not the address
 * has an account, so that nobody learns who is registered.
 */
abstract class EmailLinkView extends Div implements HasDynamicTitle {

    private final String prefix;

    EmailLinkView(String prefix, BiConsumer<String, String> send) {
        this.prefix = prefix;
        addClassNames("page", "account-page");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setWidthFull();
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation(prefix + ".submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> {
            notice.removeAll();
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("account.email.invalid"));
                email.setInvalid(true);
                return;
            }
            try {
                send.accept(email.getValue(), ClientAddress.current());
                removeAll();
                add(new H1(getTranslation(prefix + ".sent.title")),
                        new Paragraph(getTranslation(prefix + ".sent.text", email.getValue().strip())));
            } catch (TooManyAttempts tooMany) {
                notice.add(new Paragraph(getTranslation("form.too-many", LoginView.wallClock(tooMany.until(), getLocale()))));
            }
        });
        add(new H1(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".intro")), notice, email,
                submit, new Paragraph(MainLayout.routerLink(LoginView.ROUTE,
                        new com.vaadin.flow.component.html.Span(getTranslation("register.have-account")))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
