package de.willkommenvorort.find.ui;

import de.willkommenvorort.offer.ui.OfferDetailsPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageActions;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.provider.ProviderProfile;
import de.willkommenvorort.provider.ProviderService;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One published offer, with everything needed to go there or get in touch
 * ({@link OfferDetailsPanel}), the way back to the list it was opened from, and save, share and
 * read aloud ({@link PageActions}). Its URL is stable and can be shared; it opens in the language
 * of whoever opens it.
 */
@Route(value = OfferView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class OfferView extends Div implements HasUrlParameter<Long>, HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "offer";
    /** The list the offer was opened from, to go back to. */
    static final String P_BACK = "back";
    /** Lists an offer may lead back to: the app's own, never another site. */
    private static final Pattern LISTS = Pattern.compile("(offers|events|saved|info)(\\?[A-Za-z0-9/_.%=&+\\-]*)?");

    private final PublicOffers offers;
    private final CategoryService categories;
    private final ProviderService providers;
    private final PublicEvents events;
    private final PublicAddress address;
    private final Language language;
    private String pageTitle = "";
    private PageMeta meta = PageMeta.of("", ROUTE);

    OfferView(PublicOffers offers, CategoryService categories, ProviderService providers, PublicEvents events,
              PublicAddress address) {
        this.offers = offers;
        this.events = events;
        this.categories = categories;
        this.providers = providers;
        this.address = address;
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
        Optional<CategoryRef> category = categories.byId(offer.categoryId());
        String back = event.getLocation().getQueryParameters().getParameters().getOrDefault(P_BACK, List.of())
                .stream().filter(b -> LISTS.matcher(b).matches()).findFirst()
                .orElseGet(() -> category.map(c -> ResultsView.link(c.buildingBlock(), Optional.empty(), ""))
                        .orElse(ResultsView.ROUTE));
        Anchor backLink = new Anchor(back, new Span(getTranslation("offer.back")));
        backLink.addClassName("back-link");
        backLink.getElement().setAttribute("data-back", true);
        Nav nav = new Nav(backLink);
        nav.addClassName("back-nav");
        add(nav);

        List<EventCard> dates = events.nextDates(id, language.code());
        add(new OfferDetailsPanel(offer, categories, providers, dates, offer.contactForm()));
        String url = address.of(link(id));
        add(new PageActions()
                .save(link(id), offer.title(), offer.summary(), offer.textLanguage())
                .share(url, offer.title(), offer.summary())
                .readAloud(offer.textLanguage())
                .done());
        // "Show this at the office": the offer in the newcomer's language and German, with its link as a QR code.
        Anchor card = new Anchor(OfficeCardView.link(id), new Span(getTranslation("card.open")));
        card.addClassNames("card-open-link", "primary-link");
        add(card);
        // The report form belongs to the report feature; offers link to it by its address only.
        Anchor report = MainLayout.routerLink(link(id) + "/report", new Span(getTranslation("report.link")));
        report.addClassName("report-link");
        add(report);

        Optional<String> providerName = providers.publicName(offer.providerId());
        meta = PageMeta.of(PageMeta.summary(offer.summary()), link(id))
                .writtenIn(offer.textLanguage())
                .withStructuredData(OfferStructuredData.of(offer, url,
                        category.map(c -> c.name(language)).orElse(""), providerName,
                        providers.profile(offer.providerId()).map(ProviderProfile::kind), dates));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        return meta;
    }
}
