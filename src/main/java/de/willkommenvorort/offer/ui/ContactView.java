package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.ContactRelay;
import de.willkommenvorort.offer.PublicOffers;
import java.time.ZoneId;

/**
 * A newcomer writes to a provider who keeps their e-mail address private. Nothing identifies the
 * newcomer unless they choose to leave an address for the answer; the message is not stored.
 */
@Route(value = "offer/:id/contact", layout = MainLayout.class)
@AnonymousAllowed
class ContactView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactRelay relay;
    private final PublicOffers offers;

    ContactView(ContactRelay relay, PublicOffers offers) {
        this.relay = relay;
        this.offers = offers;
        addClassNames("page", "contact-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Language language = Language.of(getLocale());
        var offer = offers.published(id, language.code());
        if (offer.isEmpty() || !relay.available(id)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        TextArea message = new TextArea(getTranslation("contact.message"));
        message.setMaxLength(ContactRelay.MESSAGE_MAX);
        message.setHelperText(getTranslation("contact.message.hint"));
        TextField name = new TextField(getTranslation("contact.name"));
        name.setMaxLength(ContactRelay.NAME_MAX);
        EmailField replyTo = new EmailField(getTranslation("contact.reply-to"));
        replyTo.setHelperText(getTranslation("contact.reply-to.hint"));
        for (var field : new com.vaadin.flow.component.HasSize[] {message, name, replyTo}) {
            field.setWidthFull();
        }
        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        FormErrors errors = new FormErrors().field("message", message).field("name", name).field("replyTo", replyTo);
        Button send = new Button(getTranslation("contact.send"), e -> {
            notice.removeAll();
            try {
                relay.send(id, name.getValue(), replyTo.getValue(), message.getValue(), language,
                        VaadinRequest.getCurrent().getRemoteAddr());
                removeAll();
                add(new H1(getTranslation("contact.sent.title")), new Paragraph(getTranslation("contact.sent.text")),
                        MainLayout.routerLink("offer/" + id, new Span(getTranslation("contact.back"))));
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            } catch (TooManyAttempts tooMany) {
                notice.add(new Paragraph(getTranslation("form.too-many", LocalFormats.time(
                        tooMany.until().atZone(ZoneId.of("Europe/Berlin")).toLocalTime(), language))));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("contact.title", offer.get().title())), new Paragraph(getTranslation("contact.intro")),
                notice, message, name, replyTo, send,
                MainLayout.routerLink("offer/" + id, new Span(getTranslation("contact.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.page-title");
    }
}
