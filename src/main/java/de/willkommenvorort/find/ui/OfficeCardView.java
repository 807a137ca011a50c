package de.willkommenvorort.find.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.QrCodeImage;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.provider.ProviderService;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /card/{id}}: "show this at the office". The offer's name, address, hours or next dates,
 * what to bring, phone and provider in the newcomer's language and in German side by side, a sentence asking the
 * person at the desk for help, and a QR code of the offer's link for them to open it. Large, dark
 * type on white for a screen held up in daylight; printable (the header, links and buttons are
 * left out on paper, and the phone's print dialog also saves it as a PDF). A server page like the
 * offer's own, so it paints on a slow phone before any script has run.
 */
@Route(value = OfficeCardView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class OfficeCardView extends Div implements HasUrlParameter<Long>, HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "card";
    private static final Language GERMAN = Language.get("de");

    private final PublicOffers offers;
    private final PublicEvents events;
    private final ProviderService providers;
    private final PublicAddress address;
    private final Language language;
    private String pageTitle = "";
    private PageMeta meta = PageMeta.of("", ROUTE);

    OfficeCardView(PublicOffers offers, PublicEvents events, ProviderService providers, PublicAddress address) {
        this.offers = offers;
        this.events = events;
        this.providers = providers;
        this.address = address;
        this.language = Language.of(getLocale());
        addClassName("office-card-page");
    }

    static String link(long id) {
        return ROUTE + "/" + id;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        OfferDetails mine = offers.published(id, language.code()).orElseThrow(NotFoundException::new);
        removeAll();
        pageTitle = mine.title();
        String url = address.of(OfferView.link(id));

        Anchor back = new Anchor(OfferView.link(id), new Span(getTranslation("card.back")));
        back.addClassNames("back-link", "card-screen-only");
        add(back);

        Div sides = new Div();
        sides.addClassName("card-sides");
        sides.add(side(mine, events.nextDates(id, language.code()), language));
        if (!language.code().equals(GERMAN.code())) {
            OfferDetails german = offers.published(id, GERMAN.code()).orElseThrow(NotFoundException::new);
            sides.add(side(german, events.nextDates(id, GERMAN.code()), GERMAN));
        }
        Image qr = new Image(QrCodeImage.svgDataUri(url), getTranslation("card.qr"));
        qr.addClassName("card-qr");
        Paragraph link = new Paragraph(url);
        link.addClassName("card-link");
        link.getElement().setAttribute("dir", "ltr");
        Div code = new Div(qr, link);
        code.addClassName("card-code");

        NativeButton print = new NativeButton(getTranslation("card.print"));
        print.getElement().setAttribute("type", "button");
        print.getElement().setAttribute("data-print", true);
        print.addClassNames("page-action", "card-print", "card-screen-only");

        Div card = new Div(sides, code);
        card.addClassName("office-card");
        add(card, print);
        meta = PageMeta.of(PageMeta.summary(mine.summary()), link(id)).writtenIn(mine.textLanguage());
    }

    /** One side of the card, everything in {@code in}: its words, its dates, its numbers. */
    private Section side(OfferDetails offer, List<EventCard> dates, Language in) {
        Section side = new Section();
        side.addClassName("card-side");
        side.getElement().setAttribute("lang", in.code());
        side.getElement().setAttribute("dir", in.rightToLeft() ? "rtl" : "ltr");
        Paragraph ask = new Paragraph(say(in, "card.ask"));
        ask.addClassName("card-ask");
        H1 title = new H1(offer.title());
        title.getElement().setAttribute("lang", offer.textLanguage());
        title.addClassName("card-title");
        side.add(ask, title);

        String town = (offer.postalCode().orElse("") + " " + offer.placeName().orElse("")).strip();
        if (offer.online()) {
            side.add(fact(say(in, "offer.where"), say(in, "offer.online")));
        } else if (!town.isEmpty() || offer.street().isPresent()) {
            // Addresses are German names: they stay as written, left to right.
            Div where = fact(say(in, "offer.where"), offer.street().map(street -> street + ", " + town).orElse(town));
            where.getChildren().skip(1).findFirst().ifPresent(value -> value.getElement().setAttribute("dir", "ltr"));
            side.add(where);
        }
        UnorderedList when = new UnorderedList();
        offer.weeklySlots().stream().sorted(Comparator.naturalOrder()).forEach(slot -> when.add(new ListItem(
                say(in, "offer.hours.slot", LocalFormats.weekday(slot.day(), in),
                        LocalFormats.timeRange(slot.start(), slot.end(), in)))));
        dates.stream().filter(date -> !date.cancelled()).forEach(date -> when.add(new ListItem(
                LocalFormats.date(date.date(), in) + ", " + (date.allDay() ? say(in, "events.all-day")
                        : date.end().map(end -> LocalFormats.timeRange(date.start(), end, in))
                        .orElseGet(() -> LocalFormats.time(date.start(), in))))));
        if (offer.appointmentOnly()) {
            when.add(new ListItem(say(in, "offer.appointment")));
        }
        if (when.getChildren().findAny().isPresent()) {
            H2 heading = new H2(say(in, "offer.when"));
            heading.addClassName("card-label");
            when.addClassName("card-value");
            Div hours = new Div(heading, when);
            hours.addClassName("card-fact");
            side.add(hours);
        }
        if (!offer.whatToBring().isBlank()) {
            // The papers the desk will ask for, in the provider's words (lines kept as written).
            H2 heading = new H2(say(in, "offer.what-to-bring"));
            heading.addClassName("card-label");
            PlainText list = new PlainText(offer.whatToBring(), offer.whatToBringLanguage());
            list.addClassNames("card-value", "card-what-to-bring");
            Div bring = new Div(heading, list);
            bring.addClassName("card-fact");
            side.add(bring);
        }
        offer.phone().ifPresent(phone -> {
            Div call = fact(say(in, "card.phone"), phone);
            call.getChildren().skip(1).findFirst().ifPresent(value -> value.getElement().setAttribute("dir", "ltr"));
            side.add(call);
        });
        providers.publicName(offer.providerId()).ifPresent(name -> side.add(fact(say(in, "card.provider"), name)));
        return side;
    }

    private static Div fact(String label, String value) {
        H2 heading = new H2(label);
        heading.addClassName("card-label");
        Paragraph text = new Paragraph(value);
        text.addClassName("card-value");
        Div fact = new Div(heading, text);
        fact.addClassName("card-fact");
        return fact;
    }

    private String say(Language in, String key, Object... arguments) {
        return getTranslation(in.locale(), key, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("card.page-title", pageTitle) + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        return meta;
    }
}
