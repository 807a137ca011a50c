package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.EventPeriod;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicEvents;
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
 * Events by date: today, the rest of this week, or a month, narrowed by the same filter as the
 * list of offers. Dates are grouped under day headings in the newcomer's language; a cancelled
 * date stays in the list, marked, so that nobody travels to it. Period and filter live in the URL.
 */
@Route(value = EventsView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class EventsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "events";
    private static final String P_WHEN = "when";
    private static final String P_MONTH = "month";

    /** The periods a newcomer switches between; the slug is the URL value. */
    enum When {
        TODAY, WEEK, MONTH;

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
    private final Paragraph count = new Paragraph();
    private final Div days = new Div();
    private final NativeButton more = new NativeButton();
    private final Div empty = new Div();
    private final Anchor emptyNextMonth = new Anchor();
    private final NativeButton clear = new NativeButton();

    private OfferFilter filter = OfferFilter.everything();
    private When when = When.WEEK;
    private YearMonth month;
    private EventPeriod period;
    private int total;
    private int shown;
    private LocalDate lastDay;
    private UnorderedList lastList;

    EventsView(PublicEvents events, CategoryService categories, MunicipalityService municipalities) {
        this.events = events;
        this.language = Language.of(getLocale());
        this.filters = new FilterPanel(categories, municipalities, language, change -> {
            filter = change.apply(filter);
            refresh(true);
        });
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
            a.getElement().setAttribute("router-link", true);
        }
        previousMonth.addClassName("month-previous");
        nextMonth.addClassName("month-next");
        monthTitle.addClassName("month-title");
        monthBar.addClassName("month-bar");
        monthBar.add(previousMonth, monthTitle, nextMonth);

        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");
        days.addClassName("event-days");

        more.setText(getTranslation("events.list.more"));
        more.addClassName("widen-button");
        more.addClickListener(e -> showNextPage());

        Paragraph emptyTitle = new Paragraph(getTranslation("events.list.empty.title"));
        emptyTitle.addClassName("empty-title");
        Paragraph emptyHint = new Paragraph(getTranslation("events.list.empty.hint"));
        emptyNextMonth.setText(getTranslation("events.list.empty.next-month"));
        emptyNextMonth.addClassNames("widen-button", "next-month");
        emptyNextMonth.getElement().setAttribute("router-link", true);
        clear.setText(getTranslation("results.empty.widen"));
        clear.addClassName("widen-button");
        clear.addClickListener(e -> {
            filter = OfferFilter.everything();
            filters.show(filter, false);
            refresh(true);
        });
        empty.addClassName("empty-result");
        empty.add(emptyTitle, emptyHint, emptyNextMonth, clear);

        add(title, periods, monthBar, filters, count, days, more, empty);
    }

    /** This week's events, near where the newcomer lives if they said so: the home page's link. */
    static String link(Optional<Long> municipality) {
        return municipality.map(id -> ROUTE + "?" + FilterPanel.P_PLACE + "=" + id).orElse(ROUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        when = first(params, P_WHEN).flatMap(When::ofSlug).orElse(When.WEEK);
        YearMonth current = YearMonth.from(events.today());
        month = first(params, P_MONTH).flatMap(EventsView::yearMonth).filter(m -> !m.isBefore(current)).orElse(current);
        filter = filters.parse(params).withText("");
        filters.show(filter, true);
        refresh(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title") + " – " + getTranslation("app.name");
    }

    private void refresh(boolean updateUrl) {
        period = switch (when) {
            case TODAY -> events.thisDay();
            case WEEK -> events.thisWeek();
            case MONTH -> events.month(month);
        };
        YearMonth current = YearMonth.from(events.today());
        tabs.forEach((w, tab) -> {
            tab.setHref(url(w, w == When.MONTH ? month : current, filter));
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
        YearMonth following = when == When.MONTH ? month.plusMonths(1) : current.plusMonths(1);
        emptyNextMonth.setHref(url(When.MONTH, following, filter));
        clear.setVisible(filter.narrowsBeyondBlock() || filter.block().isPresent());

        total = events.count(filter, period);
        count.setText(getTranslation("events.list.count", total));
        days.removeAll();
        shown = 0;
        lastDay = null;
        lastList = null;
        showNextPage();
        empty.setVisible(total == 0);
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, url(when, month, filter)));
        }
    }

    private void showNextPage() {
        List<EventCard> page = events.page(filter, period, language.code(), shown, PublicEvents.MAX_PAGE);
        for (EventCard card : page) {
            if (!card.date().equals(lastDay)) {
                lastDay = card.date();
                H2 heading = new H2(LocalFormats.day(card.date(), language));
                heading.addClassName("event-day");
                lastList = new UnorderedList();
                lastList.addClassName("event-list");
                days.add(heading, lastList);
            }
            lastList.add(row(card));
        }
        shown += page.size();
        more.setVisible(shown < total && !page.isEmpty());
    }

    private ListItem row(EventCard card) {
        Span time = new Span(EventText.time(this, card, language));
        time.addClassName("event-time");
        Span title = new Span(card.title());
        title.addClassName("event-title");
        title.getElement().setAttribute("lang", card.textLanguage());
        Span place = new Span(where(card));
        place.addClassName("event-place");
        Anchor link = MainLayout.routerLink(OfferView.link(card.offerId()), time, title, place);
        link.addClassName("event-card");
        if (!card.textLanguage().equals(language.code())) {
            Span fallback = new Span(getTranslation("results.in-german"));
            fallback.addClassName("badge");
            link.add(fallback);
        }
        EventText.markCancelled(link, card);
        return new ListItem(link);
    }

    /** The date's own place if it has one, and the municipality; online offers say so. */
    private String where(EventCard card) {
        List<String> parts = new ArrayList<>();
        card.placeName().ifPresent(parts::add);
        card.municipalityName().ifPresent(parts::add);
        return parts.isEmpty() && card.online() ? getTranslation("results.online") : String.join(", ", parts);
    }

    private String url(When w, YearMonth m, OfferFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(P_WHEN, w.slug());
        if (w == When.MONTH) {
            params.put(P_MONTH, m.toString());
        }
        params.putAll(filters.params(f));
        return ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<YearMonth> yearMonth(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
