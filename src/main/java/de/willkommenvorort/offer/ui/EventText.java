package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Span;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.EventCard;
import java.time.LocalTime;
import java.util.Optional;

/** How a date of an event reads, the same in the list of events and on the offer's page. */
public final class EventText {

    private EventText() {
    }

    /** "17:00–19:00", "from 17:00" when the provider gave no end, or "all day". */
    public static String time(Component view, EventCard date, Language language) {
        if (date.allDay()) {
            return view.getTranslation("events.all-day");
        }
        return date.end().map(end -> LocalFormats.timeRange(date.start(), end, language))
                .orElseGet(() -> view.getTranslation("events.list.from", LocalFormats.time(date.start(), language)));
    }

    /** A saved date's time for its editor and for review: "17:00–19:00", "17:00" or "all day". */
    public static String savedTime(Component view, LocalTime start, Optional<LocalTime> end, boolean allDay,
                                   Language language) {
        if (allDay) {
            return view.getTranslation("events.all-day");
        }
        return end.map(until -> LocalFormats.timeRange(start, until, language))
                .orElseGet(() -> LocalFormats.time(start, language));
    }

    /** The time as "read aloud" says it: "from 17:00 to 19:00" rather than "17:00 dash 19:00". */
    public static String spokenTime(Component view, EventCard date, Language language) {
        if (date.allDay()) {
            return view.getTranslation("events.all-day");
        }
        return date.end().map(end -> view.getTranslation("events.spoken.range", LocalFormats.time(date.start(), language),
                        LocalFormats.time(end, language)))
                .orElseGet(() -> view.getTranslation("events.list.from", LocalFormats.time(date.start(), language)));
    }

    /** Marks a cancelled date in words (colour and strike-through alone would not reach everyone). */
    public static <T extends Component & HasComponents & HasStyle> void markCancelled(T item, EventCard date) {
        if (date.cancelled()) {
            Span cancelled = new Span(item.getTranslation("events.list.cancelled"));
            cancelled.addClassNames("badge", "cancelled-badge");
            item.add(cancelled);
            item.addClassName("cancelled");
        }
    }
}
