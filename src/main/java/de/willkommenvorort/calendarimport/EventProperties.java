package de.willkommenvorort.calendarimport;

import de.willkommenvorort.calendarimport.ImportedEvent.ChangedDate;
import de.willkommenvorort.calendarimport.ImportedEvent.Geo;
import de.willkommenvorort.calendarimport.ImportedEvent.Recurrence;
import de.willkommenvorort.calendarimport.ImportedEvent.WeekdayNum;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Url;

/**
 * The properties of one VEVENT, read as the import needs them. Reading a date may throw a
 * {@link java.time.DateTimeException} where its TZID names a zone nobody knows (not IANA, not
 * Windows, no VTIMEZONE in the file): ical4j then cannot give the value even as text.
 */
final class EventProperties {

    /** A comma in CATEGORIES separates values unless escaped ("Kinder\, Jugend"). */
    private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");
    private static final Pattern TEXT_ESCAPE = Pattern.compile("\\\\([\\\\;,nN])");

    private final VEvent event;
    private final BerlinTime time;

    EventProperties(VEvent event, BerlinTime time) {
        this.event = event;
        this.time = time;
    }

    Optional<String> uid() {
        return text(Property.UID).filter(uid -> !uid.isEmpty());
    }

    boolean hasStart() {
        return event.getProperty(Property.DTSTART).isPresent();
    }

    /** Whether this VEVENT replaces one date of a series (RECURRENCE-ID) rather than being one. */
    boolean changesOneDate() {
        return event.getProperty(Property.RECURRENCE_ID).isPresent();
    }

    int sequence() {
        return this.<Sequence>property(Property.SEQUENCE).map(Sequence::getSequenceNo).orElse(0);
    }

    ImportedEvent event(List<ChangedDate> changedDates) {
        Span span = span();
        return new ImportedEvent(uid().orElseThrow(), sequence(), lastModified(), title(),
                text(Property.DESCRIPTION).map(PlainText::of).orElse(""), location(), url(), categories(), geo(),
                cancelled(), span.allDay(), span.startDate(), span.startTime(), span.endDate(), span.endTime(),
                recurrence(), exceptions(), changedDates);
    }

    ChangedDate changedDate() {
        Span span = span();
        LocalDate originalDate = time.dayInBerlin(
                this.<DateProperty<Temporal>>property(Property.RECURRENCE_ID).orElseThrow().getDate());
        return new ChangedDate(originalDate, span.startDate(), span.startTime(), span.endTime(),
                location(), title(), cancelled());
    }

    private record Span(boolean allDay, LocalDate startDate, Optional<LocalTime> startTime, LocalDate endDate,
                        Optional<LocalTime> endTime) {
    }

    /**
     * Start and end in Berlin. An all-day event's DTEND is the day after it ends (RFC 5545), and
     * without DTEND or DURATION it is one day; a timed event without either has no end time.
     */
    private Span span() {
        Temporal start = time.inBerlin(this.<DateProperty<Temporal>>property(Property.DTSTART).orElseThrow().getDate());
        Optional<Temporal> end = this.<DateProperty<Temporal>>property(Property.DTEND)
                .map(dtEnd -> time.inBerlin(dtEnd.getDate()));
        Optional<TemporalAmount> duration = this.<Duration>property(Property.DURATION).map(Duration::getDuration);
        if (start instanceof LocalDate day) {
            Optional<LocalDateTime> exclusiveEnd = end
                    .map(e -> e instanceof LocalDate endDay ? endDay.atStartOfDay() : (LocalDateTime) e)
                    .or(() -> duration.map(length -> day.atStartOfDay().plus(length)));
            LocalDate lastDay = exclusiveEnd.map(e -> e.minusNanos(1).toLocalDate()).filter(day::isBefore).orElse(day);
            return new Span(true, day, Optional.empty(), lastDay, Optional.empty());
        }
        LocalDateTime from = (LocalDateTime) start;
        Optional<LocalDateTime> until = end
                .map(e -> e instanceof LocalDate endDay ? endDay.atStartOfDay() : (LocalDateTime) e)
                // In Berlin's zone, so that two hours across the switch to summer time stay two hours.
                .or(() -> duration.map(length -> from.atZone(BerlinTime.BERLIN).plus(length).toLocalDateTime()));
        return new Span(false, from.toLocalDate(), Optional.of(from.toLocalTime()),
                until.map(LocalDateTime::toLocalDate).orElse(from.toLocalDate()), until.map(LocalDateTime::toLocalTime));
    }

    private String title() {
        return text(Property.SUMMARY).orElse("");
    }

    private String location() {
        return text(Property.LOCATION).orElse("");
    }

    private boolean cancelled() {
        return text(Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent();
    }

    private Optional<Instant> lastModified() {
        return this.<DateProperty<Temporal>>property(Property.LAST_MODIFIED).map(modified -> Instant.from(modified.getDate()));
    }

    private Optional<URI> url() {
        return this.<Url>property(Property.URL).map(Url::getUri);
    }

    private Optional<Geo> geo() {
        return this.<net.fortuna.ical4j.model.property.Geo>property(Property.GEO)
                .map(geo -> new Geo(geo.getLatitude(), geo.getLongitude()));
    }

    private List<String> categories() {
        return event.getProperties(Property.CATEGORIES).stream()
                .flatMap(categories -> Arrays.stream(UNESCAPED_COMMA.split(categories.getValue())))
                .map(EventProperties::unescape).map(String::strip).filter(category -> !category.isEmpty()).toList();
    }

    private Optional<Recurrence> recurrence() {
        return this.<RRule<Temporal>>property(Property.RRULE).map(rule -> {
            Recur<Temporal> recur = rule.getRecur();
            List<WeekdayNum> byDay = recur.getDayList().stream()
                    .map(day -> new WeekdayNum(day.getOffset(), WeekDay.getDayOfWeek(day))).toList();
            return new Recurrence(recur.getFrequency().name(), Math.max(recur.getInterval(), 1), byDay,
                    recur.getMonthDayList(), Optional.ofNullable(recur.getUntil()).map(time::dayInBerlin),
                    recur.getCount() > 0 ? Optional.of(recur.getCount()) : Optional.empty(), rule.getValue());
        });
    }

    private List<LocalDate> exceptions() {
        return event.getProperties(Property.EXDATE).stream()
                .flatMap(exDate -> ((DateListProperty<?>) exDate).getDates().stream())
                .map(time::dayInBerlin).distinct().sorted().toList();
    }

    /** A text property, unescaped (ical4j does that) and trimmed. */
    private Optional<String> text(String name) {
        return event.getProperty(name).map(Property::getValue).map(String::strip);
    }

    private <T extends Property> Optional<T> property(String name) {
        return event.getProperty(name);
    }

    /**
     * ical4j leaves CATEGORIES escaped (it is a list), so the escapes of RFC 5545 3.3.11 are
     * undone here, after splitting.
     */
    private static String unescape(String value) {
        return TEXT_ESCAPE.matcher(value).replaceAll(escape -> Matcher.quoteReplacement(
                escape.group(1).equalsIgnoreCase("n") ? "\n" : escape.group(1)));
    }
}
