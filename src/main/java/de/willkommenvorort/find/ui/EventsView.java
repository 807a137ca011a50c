package de.willkommenvorort.find.ui;

import de.willkommenvorort.offer.ui.EventText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.EventPeriod;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Events by date: the next dates there are (from today or a chosen day), today, the rest of this
 * week, or a month, narrowed by the same filter as the list of offers. Dates are grouped under day
 * headings in the newcomer's language; a cancelled date stays in the list, marked, so that nobody
 * travels to it. Period and filter live in the URL; "more" is a link to the same list with more.
 */
@Route(value = EventsView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class EventsView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "events";
    private static final String P_WHEN = "when";
    private static final String P_MONTH = "month";
    private static final String P_SHOWN = "n";
    /** Dates per step of "more". */
    static final int STEP = 25;

    /** The periods a newcomer switches between; the slug is the URL value. */
    enum When {
        NEXT, TODAY, WEEK, MONTH;

        String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<When> ofSlug(String slug) {
            for (When when : values()) {
                if (when.slug().equals(slug)) {
                    return Optional.of(when);
                }
            }
            return Optional.empty();
        }
    }

    private final PublicEvents events;
    private final Language language;
    private final FilterPanel filters;

    private final Map<When, Anchor> tabs = new EnumMap<>(When.class);
    private final Div monthBar = new Div();
    private final Anchor previousMonth = new Anchor();
    private final H2 monthTitle = new H2();
    private final Anchor nextMonth = new Anchor();
    private final Div results = new Div();

    private OfferFilter filter = OfferFilter.everything();
    private When when = When.NEXT;
    private YearMonth month;

    EventsView(PublicEvents events, CategoryService categories, MunicipalityService municipalities) {
        this.events = events;
        this.language = Language.of(getLocale());
        this.filters = new FilterPanel(categories, municipalities, language, ROUTE);
        addClassName("events-view");

        H1 title = new H1(getTranslation("events.list.title"));
        Nav periods = new Nav();
        periods.addClassName("period-tabs");
        periods.getElement().setAttribute("aria-label", getTranslation("events.list.periods"));
        for (When w : When.values()) {
            Anchor tab = MainLayout.routerLink(ROUTE);
            tab.setText(getTranslation("events.list." + w.slug()));
            tab.addClassName("period-tab");
            tabs.put(w, tab);
            periods.add(tab);
        }

        previousMonth.setText(getTranslation("events.list.previous-month"));
        nextMonth.setText(getTranslation("events.list.next-month"));
        for (Anchor a : List.of(previousMonth, nextMonth)) {
            a.addClassName("month-step");
        }
        previousMonth.addClassName("month-previous");
        nextMonth.addClassName("month-next");
        monthTitle.addClassName("month-title");
        monthBar.addClassName("month-bar");
        monthBar.add(previousMonth, monthTitle, nextMonth);

        results.setId("results");
        results.getElement().setAttribute("data-region", true);
        add(title, periods, monthBar, filters, results);
    }

    /** The coming dates, near where the newcomer lives if they said so: the home page's link. */
    static String link(Optional<Long> municipality) {
        return municipality.map(id -> ROUTE + "?" + FilterPanel.P_PLACE + "=" + id).orElse(ROUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        when = first(params, P_WHEN).flatMap(When::ofSlug).orElse(When.NEXT);
        YearMonth current = YearMonth.from(events.today());
        month = first(params, P_MONTH).flatMap(EventsView::yearMonth).filter(m -> !m.isBefore(current)).orElse(current);
        filter = filters.parse(params).withText("");
        if (when != When.NEXT) {
            filter = filter.withStartsFrom(null);
        }
        if (params.containsKey(FilterPanel.P_PLACE)) {
            PlacePreference.remember(filter.municipalityId().orElse(null));
        }
        int shown = first(params, P_SHOWN).flatMap(EventsView::number)
                .map(n -> Math.clamp(n, STEP, PublicEvents.MAX_PAGE * 4)).orElse(STEP);

        Map<String, String> carried = new LinkedHashMap<>();
        carried.put(P_WHEN, when.slug());
        if (when == When.MONTH) {
            carried.put(P_MONTH, month.toString());
        }
        filters.show(filter, carried, when == When.NEXT ? FilterPanel.DateField.FIRST_DAY : FilterPanel.DateField.NONE);
        showPeriods(current);
        showDates(shown);
    }

    private void showPeriods(YearMonth current) {
        tabs.forEach((w, tab) -> {
            tab.setHref(url(w, w == When.MONTH ? month : current, filter.withStartsFrom(null)));
            if (w == when) {
                tab.getElement().setAttribute("aria-current", "page");
            } else {
                tab.getElement().removeAttribute("aria-current");
            }
        });
        monthBar.setVisible(when == When.MONTH);
        monthTitle.setText(LocalFormats.month(month, language));
        previousMonth.setVisible(month.isAfter(current));
        previousMonth.setHref(url(When.MONTH, month.minusMonths(1), filter));
        nextMonth.setHref(url(When.MONTH, month.plusMonths(1), filter));
    }

    private void showDates(int shown) {
        EventPeriod period = switch (when) {
            case NEXT -> events.upcoming(filter.startsFrom().orElse(null));
            case TODAY -> events.thisDay();
            case WEEK -> events.thisWeek();
            case MONTH -> events.month(month);
        };
        // "from" chooses the first day here; it is not a course start.
        OfferFilter query = filter.withStartsFrom(null);
        results.removeAll();
        int total = events.count(query, period);
        Paragraph count = new Paragraph(getTranslation(when == When.NEXT ? "events.list.count.next" : "events.list.count",
                total));
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");
        results.add(count);
        String here = url(when, month, filter);
        Div days = new Div();
        days.addClassName("event-days");
        LocalDate lastDay = null;
        UnorderedList lastList = null;
        int offset = 0;
        while (offset < Math.min(shown, total)) {
            List<EventCard> page = events.page(query, period, language.code(), offset,
                    Math.min(PublicEvents.MAX_PAGE, shown - offset));
            if (page.isEmpty()) {
                break;
            }
            for (EventCard card : page) {
                if (!card.date().equals(lastDay)) {
                    lastDay = card.date();
                    H2 heading = new H2(LocalFormats.day(card.date(), language));
                    heading.addClassName("event-day");
                    lastList = new UnorderedList();
                    lastList.addClassName("event-list");
                    days.add(heading, lastList);
                }
                lastList.add(row(card, here, ++offset));
            }
        }
        results.add(days);
        if (offset < total) {
            Map<String, String> more = params(when, month, filter);
            more.put(P_SHOWN, String.valueOf(offset + STEP));
            Anchor next = new Anchor(ROUTE + "?" + FilterParams.query(more) + "#date-" + (offset + 1),
                    getTranslation("events.list.more"));
            next.addClassNames("widen-button", "more-link");
            next.getElement().setAttribute("data-more", true);
            results.add(next);
        }
        if (total == 0) {
            results.add(empty());
        }
    }

    private Div empty() {
        Div empty = new Div();
        empty.addClassName("empty-result");
        Paragraph emptyTitle = new Paragraph(getTranslation("events.list.empty.title"));
        emptyTitle.addClassName("empty-title");
        YearMonth current = YearMonth.from(events.today());
        YearMonth following = when == When.MONTH ? month.plusMonths(1) : current.plusMonths(1);
        empty.add(emptyTitle, new Paragraph(getTranslation("events.list.empty.hint")));
        if (when == When.MONTH) {
            Anchor nextMonthLink = new Anchor(url(When.MONTH, following, filter), getTranslation("events.list.empty.next-month"));
            nextMonthLink.addClassNames("widen-button", "next-month");
            empty.add(nextMonthLink);
        }
        if (when != When.NEXT) {
            Anchor all = new Anchor(url(When.NEXT, current, filter), getTranslation("events.list.empty.next"));
            all.addClassNames("widen-button", "next-dates");
            empty.add(all);
        }
        if (filter.narrowsBeyondBlock() || filter.block().isPresent()) {
            Anchor clear = new Anchor(url(when, month, OfferFilter.everything()), getTranslation("results.empty.widen"));
            clear.addClassName("widen-button");
            empty.add(clear);
        }
        return empty;
    }

    private ListItem row(EventCard card, String backTo, int position) {
        Span time = new Span(EventText.time(this, card, language));
        time.addClassName("event-time");
        Span title = new Span();
        title.addClassName("event-title");
        Bidi.writtenIn(title, card.textLanguage());
        Bidi.setText(title.getElement(), card.title(), card.textLanguage());
        Span place = new Span(where(card));
        place.addClassName("event-place");
        place.getElement().setAttribute("dir", "auto");
        Anchor link = new Anchor(OfferView.link(card.offerId()) + "?" + OfferView.P_BACK + "="
                + URLEncoder.encode(backTo, StandardCharsets.UTF_8), time, title, place);
        link.addClassName("event-card");
        if (!card.textLanguage().equals(language.code())) {
            Span fallback = new Span(Language.SOURCE.code().equals(card.textLanguage()) ? getTranslation("results.in-german")
                    : getTranslation("results.in-language", LocalFormats.languageName(card.textLanguage(), language)));
            fallback.addClassName("badge");
            link.add(fallback);
        }
        EventText.markCancelled(link, card);
        ListItem item = new ListItem(link);
        item.setId("date-" + position);
        return item;
    }

    /** The date's own place if it has one, and the municipality; online offers say so. */
    private String where(EventCard card) {
        List<String> parts = new ArrayList<>();
        card.placeName().ifPresent(parts::add);
        card.municipalityName().ifPresent(parts::add);
        return parts.isEmpty() && card.online() ? getTranslation("results.online") : String.join(", ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title") + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        PageMeta meta = PageMeta.of(getTranslation("events.home.hint"), when == When.NEXT && !filter.narrowsBeyondBlock()
                && filter.block().isEmpty() ? ROUTE : url(when, month, filter));
        return when == When.NEXT && !filter.narrowsBeyondBlock() && filter.block().isEmpty() ? meta : meta.notIndexed();
    }

    private String url(When w, YearMonth m, OfferFilter f) {
        String query = FilterParams.query(params(w, m, f));
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private Map<String, String> params(When w, YearMonth m, OfferFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        if (w != When.NEXT) {
            params.put(P_WHEN, w.slug());
        }
        if (w == When.MONTH) {
            params.put(P_MONTH, m.toString());
        }
        params.putAll(filters.params(w == When.NEXT ? f : f.withStartsFrom(null)));
        return params;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> yearMonth(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
