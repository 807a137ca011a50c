package de.willkommenvorort.offer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** The days a newcomer looks at, both inclusive; never before today (see {@link PublicEvents}). */
public record EventPeriod(LocalDate from, LocalDate to) {

    public EventPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it begins: " + from + "–" + to);
        }
    }

    static EventPeriod today(LocalDate today) {
        return new EventPeriod(today, today);
    }

    /** The rest of the week, today until Sunday (a German week ends on Sunday). */
    static EventPeriod restOfWeek(LocalDate today) {
        return new EventPeriod(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }

    /** A month; the current one from today on. Past months are not offered: they become the current one. */
    static EventPeriod month(YearMonth month, LocalDate today) {
        YearMonth shown = month.isBefore(YearMonth.from(today)) ? YearMonth.from(today) : month;
        LocalDate first = shown.atDay(1);
        return new EventPeriod(first.isBefore(today) ? today : first, shown.atEndOfMonth());
    }
}
