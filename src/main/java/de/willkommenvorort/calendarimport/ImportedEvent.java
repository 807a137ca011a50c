package de.willkommenvorort.calendarimport;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One event, or one series, as the source calendar describes it: texts unescaped and plain, every
 * date and time converted to Europe/Berlin wall-clock time, so that later steps compare and store
 * what a newcomer in the county would read on a poster. A series is kept as its rule with its
 * cancelled and changed dates rather than expanded, so that a re-import can tell what changed.
 *
 * @param sequence     the source's revision counter (SEQUENCE), 0 where it has none
 * @param endDate      the last day the event runs, inclusive (an all-day DTEND is exclusive in the file)
 * @param endTime      empty for all-day events and for timed events without DTEND or DURATION
 * @param exceptions   the dates of the series that do not take place (EXDATE)
 * @param changedDates dates of the series moved or changed on their own (RECURRENCE-ID)
 */
public record ImportedEvent(String uid, int sequence, Optional<Instant> lastModified, String title,
                            String description, String location, Optional<URI> url, List<String> categories,
                            Optional<Geo> geo, boolean cancelled, boolean allDay, LocalDate startDate,
                            Optional<LocalTime> startTime, LocalDate endDate, Optional<LocalTime> endTime,
                            Optional<Recurrence> recurrence, List<LocalDate> exceptions,
                            List<ChangedDate> changedDates) {

    public ImportedEvent {
        categories = List.copyOf(categories);
        exceptions = List.copyOf(exceptions);
        changedDates = List.copyOf(changedDates);
    }

    /** Where the event takes place, in WGS84 degrees (GEO). */
    public record Geo(BigDecimal latitude, BigDecimal longitude) {
    }

    /**
     * The series rule (RRULE), parsed for the import and kept as text for the record.
     *
     * @param frequency "DAILY", "WEEKLY", "MONTHLY" or "YEARLY" (or finer, which event calendars do not use)
     * @param until     the last day a date may fall on, in Berlin (UNTIL is often a UTC time)
     * @param rule      the rule as written, its parts in the order ical4j writes them (FREQ first)
     */
    public record Recurrence(String frequency, int interval, List<WeekdayNum> byDay, List<Integer> byMonthDay,
                             Optional<LocalDate> until, Optional<Integer> count, String rule) {

        public Recurrence {
            byDay = List.copyOf(byDay);
            byMonthDay = List.copyOf(byMonthDay);
        }
    }

    /**
     * A weekday in BYDAY, such as {@code 2WE} (the second Wednesday of the month).
     *
     * @param ordinal 0 for every such weekday, 1 to 5 for the n-th in the month (or year), -1 for the last
     */
    public record WeekdayNum(int ordinal, DayOfWeek day) {
    }

    /**
     * A date of the series that the source changed on its own: another time, another room, another
     * title, or cancelled just this once.
     *
     * @param originalDate the date it had in the series (RECURRENCE-ID), which identifies it
     */
    public record ChangedDate(LocalDate originalDate, LocalDate startDate, Optional<LocalTime> startTime,
                              Optional<LocalTime> endTime, String location, String title, boolean cancelled) {
    }
}
