package de.willkommenvorort.calendarimport;

import de.willkommenvorort.calendarimport.ImportedEvent.ChangedDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an iCalendar file (RFC 5545) as Google Calendar, Outlook or a municipal CMS export it into
 * one {@link ImportedEvent} per event or series, sorted by start. A date the source changed on its
 * own (RECURRENCE-ID) is attached to its series, not returned as an event of its own.
 *
 * <p>Real exports are not strictly valid, so parsing is relaxed, and each setting belongs to this
 * reader alone: ical4j's {@code CompatibilityHints} are global, and relaxing them would also
 * relax the tests that check our own calendar feed with ical4j. Relaxed here are: unfolding (a
 * fold after a bare LF, as in files that passed through a Unix tool), blank lines between lines,
 * and single properties ical4j cannot read (an invalid GEO, PRIORITY or URL is dropped with a
 * warning, not the whole file). The calendar is never validated: METHOD:PUBLISH without ORGANIZER,
 * as Google and Outlook write it, would fail. (ical4j 4.2's Outlook hint only changes how it
 * writes, and its relaxed-validation hint only validation, so neither is needed for reading.)
 */
public final class CalendarReader {

    private static final Logger log = LoggerFactory.getLogger(CalendarReader.class);

    private static final Comparator<ImportedEvent> BY_START = Comparator.comparing(ImportedEvent::startDate)
            .thenComparing(event -> event.startTime().orElse(null), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(ImportedEvent::uid);

    private CalendarReader() {
    }

    /**
     * The events of the file, all-day ones before timed ones on the same day; none for a calendar
     * without VEVENT. A VEVENT without UID or DTSTART, or with a time zone nobody knows, is skipped.
     *
     * @param in UTF-8, as RFC 5545 prescribes; not closed
     * @throws CalendarUnreadable where the input is not an iCalendar file or cannot be read
     */
    public static List<ImportedEvent> read(InputStream in) {
        Calendar calendar = parse(in);
        BerlinTime time = BerlinTime.of(calendar);
        Map<String, EventProperties> series = new LinkedHashMap<>();
        Map<String, List<EventProperties>> changes = new LinkedHashMap<>();
        for (VEvent vEvent : calendar.<VEvent>getComponents(Component.VEVENT)) {
            EventProperties event = new EventProperties(vEvent, time);
            Optional<String> uid = event.uid();
            if (uid.isEmpty() || !event.hasStart()) {
                log.debug("Skipped a VEVENT without UID or DTSTART: {}", uid.orElse("(no UID)"));
            } else if (event.changesOneDate()) {
                changes.computeIfAbsent(uid.get(), u -> new ArrayList<>()).add(event);
            } else {
                // The same UID twice in one file: the later revision counts.
                series.merge(uid.get(), event, (kept, next) -> next.sequence() >= kept.sequence() ? next : kept);
            }
        }
        List<ImportedEvent> events = new ArrayList<>();
        series.forEach((uid, event) -> readable(uid, () -> event.event(changedDates(uid, changes.getOrDefault(uid, List.of()))))
                .ifPresent(events::add));
        // An override whose series is not in the file is all we know of that date: an event of its own.
        changes.entrySet().stream().filter(change -> !series.containsKey(change.getKey()))
                .flatMap(change -> change.getValue().stream()
                        .flatMap(event -> readable(change.getKey(), () -> event.event(List.of())).stream()))
                .forEach(events::add);
        events.sort(BY_START);
        return events;
    }

    private static List<ChangedDate> changedDates(String uid, List<EventProperties> changes) {
        return changes.stream().flatMap(change -> readable(uid, change::changedDate).stream())
                .sorted(Comparator.comparing(ChangedDate::originalDate)).toList();
    }

    /** One event whose dates cannot be read must not cost the file's other events. */
    private static <T> Optional<T> readable(String uid, Supplier<T> reading) {
        try {
            return Optional.of(reading.get());
        } catch (DateTimeException e) {
            log.debug("Skipped VEVENT {}: {}", uid, e.getMessage());
            return Optional.empty();
        }
    }

    private static Calendar parse(InputStream in) {
        ContentHandlerContext context = new ContentHandlerContext()
                .withParameterFactorySupplier(CalendarReader::parameterFactories)
                .withSuppressInvalidProperties(true);
        CalendarBuilder builder = new CalendarBuilder(new CalendarParserImpl(true), context,
                TimeZoneRegistryFactory.getInstance().createRegistry());
        Calendar calendar;
        try {
            calendar = builder.build(new UnfoldingReader(new InputStreamReader(in, StandardCharsets.UTF_8), true));
        } catch (ParserException | RuntimeException e) {
            throw new CalendarUnreadable("Not an iCalendar file", e);
        } catch (IOException e) {
            throw new CalendarUnreadable("The calendar could not be read", e);
        }
        if (calendar == null) {
            throw new CalendarUnreadable("No VCALENDAR in the file", null);
        }
        return calendar;
    }

    /** ical4j's own, with Windows zone names mapped to IANA ones first. */
    private static List<ParameterFactory<?>> parameterFactories() {
        return Stream.concat(Stream.of(new ZoneNames()), new DefaultParameterFactorySupplier().get().stream()).toList();
    }
}
