package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.provider.ProviderService;

/**
 * One published offer, with everything needed to go there or get in touch
 * ({@link OfferDetailsPanel}). Its URL is stable and can be shared.
 */
@Route(value = OfferView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class OfferView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "offer";

    private final PublicOffers offers;
    private final CategoryService categories;
    private final ProviderService providers;
    private final PublicEvents events;
    private final Language language;
    private String pageTitle = "";

    OfferView(PublicOffers offers, CategoryService categories, ProviderService providers, PublicEvents events) {
        this.offers = offers;
        this.events = events;
        this.categories = categories;
        this.providers = providers;
        this.language = Language.of(getLocale());
        addClassName("offer-view");
    }

    static String link(long id) {
        return ROUTE + "/" + id;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        OfferDetails offer = offers.published(id, language.code())
                .orElseThrow(NotFoundException::new);
        removeAll();
        pageTitle = offer.title();
        add(new OfferDetailsPanel(offer, categories, providers, events.nextDates(id, language.code()),
                offer.contactForm()));
        // The report form belongs to the report feature; offers link to it by its address only.
        Anchor report = MainLayout.routerLink(link(id) + "/report", new Span(getTranslation("report.link")));
        report.addClassName("report-link");
        add(report);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
