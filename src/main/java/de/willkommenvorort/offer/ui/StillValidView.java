package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.OfferFreshness;
import java.util.Optional;

/**
 * The one click in the reminder mail: the offer counts as checked today, and one that ends soon
 * stays for another half year. No sign-in needed.
 */
@Route(value = "offer/:id/still-valid/:token", layout = MainLayout.class)
@AnonymousAllowed
class StillValidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferFreshness freshness;

    StillValidView(OfferFreshness freshness) {
        this.freshness = freshness;
        addClassNames("page", "account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        Optional<OfferFreshness.Confirmation> confirmation = id < 0 ? Optional.empty()
                : freshness.confirmStillValid(id, event.getRouteParameters().get("token").orElse(""));
        if (confirmation.isPresent()) {
            Language language = Language.of(getLocale());
            OfferFreshness.Confirmation done = confirmation.get();
            add(new H1(getTranslation("still-valid.done.title")), new Paragraph(done.validUntil()
                    .map(until -> getTranslation("still-valid.done.text", LocalFormats.date(until, language)))
                    .orElseGet(() -> getTranslation("still-valid.done.checked",
                            LocalFormats.date(done.confirmedOn(), language)))));
        } else {
            add(new H1(getTranslation("still-valid.failed.title")), new Paragraph(getTranslation("still-valid.failed.text")));
        }
        add(MainLayout.routerLink("my", new Span(getTranslation("still-valid.my-offers"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("still-valid.done.title");
    }
}
