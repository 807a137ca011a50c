package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.provider.ProviderService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * One offer, with everything needed to go there or get in touch: big tap targets to call, write
 * or open the website, and a directions link that opens the phone's map app. Its URL is stable
 * and can be shared.
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
        this.categories = categories;
        this.providers = providers;
        this.events = events;
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
        render(offer);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }

    private void render(OfferDetails offer) {
        pageTitle = offer.title();
        boolean fallback = !offer.textLanguage().equals(language.code());

        Span category = new Span(categories.byId(offer.categoryId()).map(c -> getTranslation(c.nameKey())).orElse(""));
        category.addClassName("offer-category");
        H1 title = new H1(offer.title());
        title.getElement().setAttribute("lang", offer.textLanguage());
        add(category, title);
        if (fallback) {
            Paragraph notice = new Paragraph(getTranslation("offer.fallback"));
            notice.addClassName("fallback-notice");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }
        Paragraph summary = new Paragraph(offer.summary());
        summary.addClassName("offer-summary");
        summary.getElement().setAttribute("lang", offer.textLanguage());
        add(summary);

        add(contact(offer));

        Paragraph description = new Paragraph(offer.description());
        description.addClassName("offer-description");
        description.getElement().setAttribute("lang", offer.textLanguage());
        add(description);

        add(section("offer.where", where(offer)));
        List<EventCard> dates = events.nextDates(offer.id(), language.code());
        if (!dates.isEmpty()) {
            add(section("events.offer.dates", nextDates(dates)));
        }
        if (dates.isEmpty() || !offer.weeklySlots().isEmpty() || offer.appointmentOnly()) {
            add(section("offer.when", when(offer)));
        }
        add(section("offer.details", facts(offer)));
        providers.publicName(offer.providerId()).ifPresent(name -> {
            Paragraph provider = new Paragraph(name);
            provider.getElement().setAttribute("lang", "de");
            add(section("offer.provider", provider));
        });
    }

    private Div contact(OfferDetails offer) {
        Div actions = new Div();
        actions.addClassName("contact-actions");
        offer.phone().ifPresent(phone -> actions.add(action("tel:" + phone.replaceAll("[^+0-9]", ""),
                "icons/phone.svg", getTranslation("offer.call"), phone)));
        offer.email().ifPresent(email -> actions.add(action("mailto:" + email, "icons/mail.svg",
                getTranslation("offer.email"), email)));
        offer.website().filter(w -> w.startsWith("https://") || w.startsWith("http://"))
                .ifPresent(web -> {
                    Anchor link = action(web, "icons/web.svg", getTranslation("offer.website"), "");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    link.getElement().setAttribute("target", "_blank");
                    actions.add(link);
                });
        return actions;
    }

    private static Anchor action(String href, String icon, String label, String detail) {
        Image image = new Image(icon, "");
        image.addClassName("icon");
        Span text = new Span(label);
        Anchor anchor = new Anchor();
        anchor.add(image, text);
        // tel:, mailto: and geo: hand the newcomer over to the phone's own apps; built from our data only.
        anchor.getElement().setAttribute("href", href);
        if (!detail.isEmpty()) {
            Span small = new Span(detail);
            small.addClassName("action-detail");
            small.getElement().setAttribute("dir", "ltr");
            anchor.add(small);
        }
        anchor.addClassName("contact-action");
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private Component where(OfferDetails offer) {
        Div where = new Div();
        if (offer.online()) {
            where.add(new Paragraph(getTranslation("offer.online")));
            return where;
        }
        String town = (offer.postalCode().orElse("") + " " + offer.placeName().orElse("")).strip();
        Paragraph address = new Paragraph(offer.street().map(street -> street + "\n" + town).orElse(town));
        address.getElement().setAttribute("lang", "de");
        address.addClassName("address");
        where.add(address);
        if (offer.latitude().isPresent() && offer.longitude().isPresent()) {
            String at = offer.latitude().get().toPlainString() + "," + offer.longitude().get().toPlainString();
            String label = URLEncoder.encode(offer.street().orElse("") + ", " + offer.placeName().orElse(""),
                    StandardCharsets.UTF_8).replace("+", "%20");
            // geo: opens the phone's own map app; no map is loaded from a third party.
            where.add(action("geo:" + at + "?q=" + at + "(" + label + ")", "icons/directions.svg",
                    getTranslation("offer.directions"), ""));
        }
        return where;
    }

    private Component when(OfferDetails offer) {
        UnorderedList list = new UnorderedList();
        list.addClassName("hours");
        offer.weeklySlots().stream().sorted(Comparator.naturalOrder()).forEach(slot -> list.add(new ListItem(
                getTranslation("offer.hours.slot", LocalFormats.weekday(slot.day(), language),
                        LocalFormats.timeRange(slot.start(), slot.end(), language)))));
        if (offer.appointmentOnly()) {
            list.add(new ListItem(getTranslation("offer.appointment")));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("offer.hours.ask")));
        }
        return list;
    }

    private Component facts(OfferDetails offer) {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("facts");
        facts.add(new ListItem(getTranslation("offer.cost", getTranslation(Labels.cost(offer.cost())))));
        facts.add(new ListItem(getTranslation(offer.registrationRequired() ? "offer.registration.yes"
                : "offer.registration.no")));
        if (!offer.spokenLanguages().isEmpty()) {
            String spoken = offer.spokenLanguages().stream().sorted()
                    .map(code -> LocalFormats.languageName(code, language))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            facts.add(new ListItem(getTranslation("offer.languages", spoken)));
        }
        if (!offer.targetGroups().isEmpty()) {
            String groups = offer.targetGroups().stream().sorted()
                    .map(g -> getTranslation(Labels.targetGroup(g)))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            facts.add(new ListItem(getTranslation("offer.groups", groups)));
        }
        if (offer.childcare()) {
            facts.add(new ListItem(getTranslation("offer.childcare")));
        }
        if (offer.wheelchairAccessible()) {
            facts.add(new ListItem(getTranslation("offer.wheelchair")));
        }
        offer.courseLevel().ifPresent(level -> facts.add(new ListItem(getTranslation("offer.course.level", level.name()))));
        offer.nextStart().ifPresent(start -> facts.add(new ListItem(getTranslation("offer.course.start",
                LocalFormats.date(start, language)))));
        return facts;
    }

    private Component section(String headingKey, Component content) {
        Div section = new Div(new H2(getTranslation(headingKey)), content);
        section.addClassName("offer-section");
        return section;
    }

    /** The coming dates of an event, each with a calendar file for the phone; cancelled ones marked. */
    private Component nextDates(List<EventCard> dates) {
        UnorderedList list = new UnorderedList();
        list.addClassName("event-dates");
        for (EventCard date : dates) {
            Span when = new Span(LocalFormats.day(date.date(), language) + " · " + EventText.time(this, date, language));
            when.addClassName("event-when");
            ListItem item = new ListItem(when);
            item.addClassName("event-date");
            date.placeName().ifPresent(place -> {
                Span elsewhere = new Span(place + date.municipalityName().map(town -> ", " + town).orElse(""));
                elsewhere.addClassName("event-place");
                elsewhere.getElement().setAttribute("lang", "de");
                item.add(elsewhere);
            });
            EventText.markCancelled(item, date);
            Image icon = new Image("icons/calendar-add.svg", "");
            icon.addClassName("icon");
            Anchor add = new Anchor(EventCalendarDownload.link(date.offerId(), date.date(), date.start()), icon,
                    new Span(getTranslation("events.offer.add-to-calendar")));
            add.addClassName("calendar-link");
            // A file for the phone's calendar app: downloaded, not handled by the router.
            add.getElement().setAttribute("router-ignore", true);
            add.getElement().setAttribute("download", true);
            item.add(add);
            list.add(item);
        }
        return list;
    }
}
