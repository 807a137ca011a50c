package de.willkommenvorort.calendarimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * Turns the dates and times of one calendar into Europe/Berlin wall-clock time, the time on the
 * county's posters. ical4j has already applied each value's zone: UTC for a trailing {@code Z};
 * for a TZID the file's VTIMEZONE of that name, else ical4j's zone database (Windows names are
 * IANA names by then, see {@link ZoneNames}). A floating time (no TZID, no Z) means "local time"
 * to the source: a calendar may name its zone in {@code X-WR-TIMEZONE}, and where it names none
 * we know, a county's calendar means German time.
 */
final class BerlinTime {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ZoneId floatingZone;

    private BerlinTime(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    static BerlinTime of(Calendar calendar) {
        return new BerlinTime(calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue)
                .flatMap(ZoneNames::zone).orElse(BERLIN));
    }

    /**
     * A date (VALUE=DATE) stays the {@link LocalDate} it is everywhere; a date-time becomes the
     * {@link LocalDateTime} it is in Berlin.
     *
     * @throws DateTimeException for a value ical4j holds in another form (none it parses today)
     */
    Temporal inBerlin(Temporal value) {
        return switch (value) {
            case LocalDate date -> date;
            case LocalDateTime floating -> floating.atZone(floatingZone).withZoneSameInstant(BERLIN).toLocalDateTime();
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(BERLIN).toLocalDateTime();
            case OffsetDateTime fixed -> fixed.atZoneSameInstant(BERLIN).toLocalDateTime();
            case Instant instant -> LocalDateTime.ofInstant(instant, BERLIN);
            default -> throw new DateTimeException("Not a date or date-time: " + value);
        };
    }

    /** The Berlin day of a date or date-time. */
    LocalDate dayInBerlin(Temporal value) {
        return LocalDate.from(inBerlin(value));
    }
}
