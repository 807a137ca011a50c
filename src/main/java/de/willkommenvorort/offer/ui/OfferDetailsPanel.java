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
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.SafeHref;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.provider.ProviderService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An offer as a newcomer sees it: texts, contact buttons, place, times, facts and provider. The
 * public offer page and a provider's live preview both show this panel, so the preview cannot
 * differ from what will be published. Everything a provider typed is shown through
 * {@link PlainText} or as plain text, each marked with its language and direction ({@link Bidi});
 * a contact value becomes a link only through {@link SafeHref}, so the page is safe whatever is
 * stored. Numbers that "read aloud" must say digit by digit carry {@link Speech#ATTRIBUTE}.
 */
public class OfferDetailsPanel extends Div {

    private final Language language;

    /**
     * @param offer      the published offer ({@code PublicOffers#published}) or a draft
     *                   ({@link OfferDetails#of})
     * @param categories resolves the category's name
     * @param providers  resolves the provider's public name
     */
    public OfferDetailsPanel(OfferDetails offer, CategoryService categories, ProviderService providers, List<EventCard> dates,
                      boolean contactForm) {
        this.language = Language.of(getLocale());
        addClassName("offer-details");
        String textLanguage = offer.textLanguage();

        Span category = new Span(categories.byId(offer.categoryId()).map(c -> c.name(language)).orElse(""));
        category.addClassName("offer-category");
        H1 title = new H1();
        Bidi.writtenIn(title, textLanguage);
        Bidi.setText(title.getElement(), offer.title(), textLanguage);
        add(category, title);
        if (!textLanguage.equals(language.code())) {
            add(fallbackNotice(textLanguage));
        }
        add(written(offer.summary(), "offer-summary", textLanguage));
        add(contact(offer, contactForm));
        add(written(offer.description(), "offer-description", textLanguage));

        add(section("offer.where", where(offer)));
        if (!dates.isEmpty()) {
            add(section("events.offer.dates", nextDates(dates)));
        }
        if (dates.isEmpty() || !offer.weeklySlots().isEmpty() || offer.appointmentOnly()) {
            add(section("offer.when", when(offer)));
        }
        if (!offer.whatToBring().isBlank()) {
            add(section("offer.what-to-bring", whatToBring(offer)));
        }
        add(section("offer.details", facts(offer)));
        providers.publicName(offer.providerId()).ifPresent(name -> {
            // A name in whatever script its provider writes it; its own direction decides.
            PlainText shown = new PlainText(name);
            shown.addClassName("offer-provider");
            shown.getElement().setAttribute("dir", "auto");
            add(section("offer.provider", shown));
        });
    }

    /** Says that a text is not in the reader's language, and in which it is. */
    private Paragraph fallbackNotice(String textLanguage) {
        Paragraph notice = new Paragraph(Language.SOURCE.code().equals(textLanguage) ? getTranslation("offer.fallback")
                : getTranslation("offer.fallback.in", LocalFormats.languageName(textLanguage, language)));
        notice.addClassName("fallback-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    /**
     * What to bring, as the provider listed it; taken from another language than the rest (a
     * translation older than the list), it says so, as the offer's own notice would.
     */
    private Component whatToBring(OfferDetails offer) {
        Div bring = new Div();
        String in = offer.whatToBringLanguage();
        if (!in.equals(offer.textLanguage()) && !in.equals(language.code())) {
            bring.add(fallbackNotice(in));
        }
        bring.add(written(offer.whatToBring(), "offer-what-to-bring", in));
        return bring;
    }

    private static PlainText written(String text, String className, String lang) {
        PlainText shown = new PlainText(text, lang);
        shown.addClassName(className);
        return shown;
    }

    private Div contact(OfferDetails offer, boolean contactForm) {
        Div actions = new Div();
        actions.addClassName("contact-actions");
        if (contactForm) {
            // The provider keeps the address private: newcomers write through the app's form.
            Anchor write = MainLayout.routerLink(offer.id() > 0 ? "offer/" + offer.id() + "/contact" : "",
                    icon("icons/mail.svg"), new Span(getTranslation("offer.contact.write")));
            write.addClassName("contact-action");
            actions.add(write);
        }
        offer.phone().ifPresent(phone -> actions.add(contact(SafeHref.phone(phone), "icons/phone.svg",
                getTranslation("offer.call"), phone, Speech.digits(phone))));
        offer.email().ifPresent(email -> actions.add(contact(SafeHref.mail(email), "icons/mail.svg",
                getTranslation("offer.email"), email, email)));
        offer.website().ifPresent(website -> {
            Component web = contact(SafeHref.web(website), "icons/web.svg", getTranslation("offer.website"),
                    website, "");
            if (web instanceof Anchor link) {
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.getElement().setAttribute("target", "_blank");
            }
            actions.add(web);
        });
        return actions;
    }

    /**
     * A big button when the stored value makes a safe link; else the value as text, so that
     * nothing the provider wrote is hidden and nothing in it can become a link target.
     */
    private static Component contact(Optional<String> href, String icon, String label, String value, String spoken) {
        if (href.isPresent()) {
            Anchor action = action(href.get(), icon, label, href.get().startsWith("http") ? "" : value);
            if (spoken != null) {
                action.getElement().setAttribute(Speech.ATTRIBUTE, spoken.isEmpty() ? label : label + ": " + spoken);
            }
            return action;
        }
        Span text = new Span(value);
        text.getElement().setAttribute("dir", "auto");
        Div plain = new Div(icon(icon), text);
        plain.addClassName("contact-plain");
        return plain;
    }

    private static Image icon(String icon) {
        Image image = new Image(icon, "");
        image.addClassName("icon");
        return image;
    }

    private static Anchor action(String href, String icon, String label, String detail) {
        Anchor anchor = new Anchor();
        anchor.add(icon(icon), new Span(label));
        // tel:, mailto: and geo: hand the newcomer over to the phone's own apps; made safe by SafeHref.
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
        // A German address reads left to right on every page: "36251 Auenthal", never "Auenthal 36251".
        PlainText address = written(offer.street().map(street -> street + "\n" + town).orElse(town), "address", "de");
        String spokenTown = (offer.postalCode().map(Speech::digits).orElse("") + " " + offer.placeName().orElse(""))
                .strip();
        address.getElement().setAttribute(Speech.ATTRIBUTE,
                offer.street().map(street -> street + ", " + spokenTown).orElse(spokenTown));
        where.add(address);
        if (offer.latitude().isPresent() && offer.longitude().isPresent()) {
            String at = offer.latitude().get().toPlainString() + "," + offer.longitude().get().toPlainString();
            String label = URLEncoder.encode(offer.street().orElse("") + ", " + offer.placeName().orElse(""),
                    StandardCharsets.UTF_8).replace("+", "%20");
            // geo: opens the phone's own map app; no map is loaded from a third party.
            Anchor directions = action("geo:" + at + "?q=" + at + "(" + label + ")", "icons/directions.svg",
                    getTranslation("offer.directions"), "");
            directions.getElement().setAttribute(Speech.ATTRIBUTE, "");
            where.add(directions);
        }
        return where;
    }

    private Component when(OfferDetails offer) {
        UnorderedList list = new UnorderedList();
        list.addClassName("hours");
        offer.weeklySlots().stream().sorted(Comparator.naturalOrder()).forEach(slot -> {
            String day = LocalFormats.weekday(slot.day(), language);
            ListItem item = new ListItem(getTranslation("offer.hours.slot", day,
                    LocalFormats.timeRange(slot.start(), slot.end(), language)));
            item.getElement().setAttribute(Speech.ATTRIBUTE, getTranslation("offer.hours.spoken", day,
                    LocalFormats.time(slot.start(), language), LocalFormats.time(slot.end(), language)));
            list.add(item);
        });
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
            List<String> spoken = offer.spokenLanguages().stream().sorted()
                    .map(code -> LocalFormats.languageName(code, language)).toList();
            facts.add(new ListItem(getTranslation("offer.languages", LocalFormats.list(spoken, language))));
        }
        if (!offer.targetGroups().isEmpty()) {
            List<String> groups = offer.targetGroups().stream().sorted()
                    .map(g -> getTranslation(Labels.targetGroup(g))).toList();
            facts.add(new ListItem(getTranslation("offer.groups", LocalFormats.list(groups, language))));
        }
        if (offer.childcare()) {
            facts.add(new ListItem(getTranslation("offer.childcare")));
        }
        if (offer.wheelchairAccessible()) {
            facts.add(new ListItem(getTranslation("offer.wheelchair")));
        }
        // "A1" isolated (LRI … PDI), so that it keeps its order inside right-to-left text.
        offer.courseLevel().ifPresent(level -> facts.add(new ListItem(getTranslation("offer.course.level",
                "\u2066" + level.name() + "\u2069"))));
        offer.nextStart().ifPresent(start -> facts.add(new ListItem(getTranslation("offer.course.start",
                LocalFormats.date(start, language)))));
        // When the provider or staff last confirmed it is current (HSDS assured_date).
        offer.confirmedOn().ifPresent(day -> {
            ListItem checked = new ListItem(getTranslation("offer.checked-on", LocalFormats.date(day, language)));
            checked.addClassName("checked-on");
            facts.add(checked);
        });
        return facts;
    }

    /**
     * The coming dates of an event, each with a calendar file for the phone; a cancelled date is
     * marked in words and offers no calendar file.
     */
    private Component nextDates(List<EventCard> dates) {
        UnorderedList list = new UnorderedList();
        list.addClassName("event-dates");
        for (EventCard date : dates) {
            String day = LocalFormats.day(date.date(), language);
            Span when = new Span(day + " · " + EventText.time(this, date, language));
            when.addClassName("event-when");
            when.getElement().setAttribute(Speech.ATTRIBUTE, day + ", " + EventText.spokenTime(this, date, language));
            ListItem item = new ListItem(when);
            item.addClassName("event-date");
            date.placeName().ifPresent(place -> {
                Span elsewhere = new Span(place + date.municipalityName().map(town -> ", " + town).orElse(""));
                elsewhere.addClassName("event-place");
                elsewhere.getElement().setAttribute("dir", "auto");
                item.add(elsewhere);
            });
            EventText.markCancelled(item, date);
            if (date.offerId() > 0 && !date.cancelled()) {
                Image icon = new Image("icons/calendar-add.svg", "");
                icon.addClassName("icon");
                Anchor add = new Anchor(EventCalendarDownload.link(date.offerId(), date.date(), date.start()), icon,
                        new Span(getTranslation("events.offer.add-to-calendar")));
                add.addClassName("calendar-link");
                // A file for the phone's calendar app: downloaded, not handled by the router.
                add.getElement().setAttribute("router-ignore", true);
                add.getElement().setAttribute("download", true);
                add.getElement().setAttribute(Speech.ATTRIBUTE, "");
                item.add(add);
            }
            list.add(item);
        }
        return list;
    }

    private Component section(String headingKey, Component content) {
        Div section = new Div(new H2(getTranslation(headingKey)), content);
        section.addClassName("offer-section");
        return section;
    }
}
