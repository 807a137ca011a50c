package de.willkommenvorort.offer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event takes place, as its provider says it: once, every week, every month ("2nd
 * Tuesday", "last Friday", "on the 15th") or on a list of irregular dates. Times are wall-clock
 * times in the county (Europe/Berlin): "18:00" stays 18:00 across the switch to summer time.
 * A date may also be all day (a Stadtfest, a Flohmarkt): then it has no times, and its start is
 * {@link #ALL_DAY_START} so that day and start still identify it (decision 043); an event over
 * several days is one all-day date per day. A rule expands into {@link Occurrence}s; recurring
 * rules are cut at {@link #HORIZON} and {@link #MAX_DATES}, so a rule without an end never
 * produces an endless list.
 */
public sealed interface EventRule {

    /** How far ahead a recurring rule is expanded. */
    Period HORIZON = Period.ofYears(1);
    /** The most dates one rule expands to (a weekly event: a little more than a year). */
    int MAX_DATES = 60;
    /** "Last" in {@link MonthlyOnWeekday#week()}. */
    int LAST = -1;
    /** The start an all-day date is stored and identified with; it is never shown. */
    LocalTime ALL_DAY_START = LocalTime.MIDNIGHT;

    enum Kind { SINGLE, WEEKLY, MONTHLY, LIST }

    /** What the offer row stores; both monthly forms are MONTHLY. */
    default Kind kind() {
        return switch (this) {
            case Single single -> Kind.SINGLE;
            case Weekly weekly -> Kind.WEEKLY;
            case MonthlyOnWeekday onWeekday -> Kind.MONTHLY;
            case MonthlyOnDay onDay -> Kind.MONTHLY;
            case DateList list -> Kind.LIST;
        };
    }

    /** The dates from {@code today} on (a single date or a list: as given), in order. */
    List<Occurrence> occurrences(LocalDate today);

    /** Whether the rule's dates are all day; a list's dates each say so for themselves (false here). */
    boolean allDay();

    /**
     * One date of an event: from {@code start} (until {@code end}, if given), or all day.
     * All-day dates come first among the dates of their day.
     */
    record Occurrence(LocalDate date, LocalTime start, Optional<LocalTime> end, boolean allDay) {

        /** By day; on one day all-day dates first, then by start. */
        public static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::date)
                .thenComparing(Occurrence::allDay, Comparator.reverseOrder()).thenComparing(Occurrence::start);

        public Occurrence {
            Objects.requireNonNull(date, "date");
            checkTimes(start, end, allDay);
        }

        /** A date with a start time. */
        public Occurrence(LocalDate date, LocalTime start, Optional<LocalTime> end) {
            this(date, start, end, false);
        }

        /** A whole day. */
        public static Occurrence wholeDay(LocalDate date) {
            return new Occurrence(date, ALL_DAY_START, Optional.empty(), true);
        }

        /** Each day from {@code first} to {@code last} (inclusive) as an all-day date, at most {@link #MAX_DATES}. */
        public static List<Occurrence> everyDay(LocalDate first, LocalDate last) {
            return first.datesUntil(last.plusDays(1)).limit(MAX_DATES).map(Occurrence::wholeDay).toList();
        }
    }

    /** Once. */
    record Single(LocalDate date, LocalTime start, Optional<LocalTime> end, boolean allDay) implements EventRule {
        public Single {
            Objects.requireNonNull(date, "date");
            checkTimes(start, end, allDay);
        }

        public Single(LocalDate date, LocalTime start, Optional<LocalTime> end) {
            this(date, start, end, false);
        }

        /** Once, all day. */
        public static Single wholeDay(LocalDate date) {
            return new Single(date, ALL_DAY_START, Optional.empty(), true);
        }

        @Override
        public List<Occurrence> occurrences(LocalDate today) {
            return List.of(new Occurrence(date, start, end, allDay));
        }
    }

    /** Every week on one day, from a date, until a date or open-ended. */
    record Weekly(DayOfWeek day, LocalDate from, Optional<LocalDate> until, LocalTime start,
                  Optional<LocalTime> end, boolean allDay) implements EventRule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            checkSeries(from, until, start, end, allDay);
        }

        public Weekly(DayOfWeek day, LocalDate from, Optional<LocalDate> until, LocalTime start,
                      Optional<LocalTime> end) {
            this(day, from, until, start, end, false);
        }

        @Override
        public List<Occurrence> occurrences(LocalDate today) {
            LocalDate first = window(from, today).with(TemporalAdjusters.nextOrSame(day));
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = first; dates.size() < MAX_DATES && within(d, until, today); d = d.plusWeeks(1)) {
                dates.add(d);
            }
            return at(dates, start, end, allDay);
        }
    }

    /**
     * Every month on the n-th weekday (1…5) or the last one ({@link #LAST}). A month without a
     * fifth such weekday is skipped, not moved.
     */
    record MonthlyOnWeekday(int week, DayOfWeek day, LocalDate from, Optional<LocalDate> until, LocalTime start,
                            Optional<LocalTime> end, boolean allDay) implements EventRule {
        public MonthlyOnWeekday {
            if (week != LAST && (week < 1 || week > 5)) {
                throw new IllegalArgumentException("Week of month is 1…5 or last: " + week);
            }
            Objects.requireNonNull(day, "day");
            checkSeries(from, until, start, end, allDay);
        }

        public MonthlyOnWeekday(int week, DayOfWeek day, LocalDate from, Optional<LocalDate> until, LocalTime start,
                                Optional<LocalTime> end) {
            this(week, day, from, until, start, end, false);
        }

        @Override
        public List<Occurrence> occurrences(LocalDate today) {
            return at(monthly(from, until, today, month -> {
                LocalDate date = week == LAST
                        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                        : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, day));
                // dayOfWeekInMonth(5, …) rolls into the next month when there is no fifth one.
                return YearMonth.from(date).equals(month) ? Optional.of(date) : Optional.empty();
            }), start, end, allDay);
        }
    }

    /** Every month on a day of the month; months without that day (the 31st in April) are skipped. */
    record MonthlyOnDay(int dayOfMonth, LocalDate from, Optional<LocalDate> until, LocalTime start,
                        Optional<LocalTime> end, boolean allDay) implements EventRule {
        public MonthlyOnDay {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("Day of month is 1…31: " + dayOfMonth);
            }
            checkSeries(from, until, start, end, allDay);
        }

        public MonthlyOnDay(int dayOfMonth, LocalDate from, Optional<LocalDate> until, LocalTime start,
                            Optional<LocalTime> end) {
            this(dayOfMonth, from, until, start, end, false);
        }

        @Override
        public List<Occurrence> occurrences(LocalDate today) {
            return at(monthly(from, until, today, month -> month.isValidDay(dayOfMonth)
                    ? Optional.of(month.atDay(dayOfMonth)) : Optional.empty()), start, end, allDay);
        }
    }

    /**
     * Irregular dates, each with its own times or all day. Kept as given, in order, at most
     * {@link #MAX_DATES}. An all-day date and one at midnight on the same day are the same date.
     */
    record DateList(List<Occurrence> dates) implements EventRule {
        public DateList {
            if (dates.isEmpty() || dates.size() > MAX_DATES) {
                throw new IllegalArgumentException("A list has 1…" + MAX_DATES + " dates: " + dates.size());
            }
            dates = dates.stream().sorted(Occurrence.ORDER).toList();
            for (int i = 1; i < dates.size(); i++) {
                if (dates.get(i).date().equals(dates.get(i - 1).date())
                        && dates.get(i).start().equals(dates.get(i - 1).start())) {
                    throw new IllegalArgumentException("A date is listed twice: " + dates.get(i));
                }
            }
        }

        @Override
        public List<Occurrence> occurrences(LocalDate today) {
            return dates;
        }

        @Override
        public boolean allDay() {
            return false;
        }
    }

    private static void checkTimes(LocalTime start, Optional<LocalTime> end, boolean allDay) {
        Objects.requireNonNull(start, "start");
        if (allDay && (!start.equals(ALL_DAY_START) || end.isPresent())) {
            throw new IllegalArgumentException("An all-day date has no times: " + start + end.map(e -> "–" + e).orElse(""));
        }
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new IllegalArgumentException("An event ends after it starts: " + start + "–" + end.get());
        }
    }

    private static void checkSeries(LocalDate from, Optional<LocalDate> until, LocalTime start,
                                    Optional<LocalTime> end, boolean allDay) {
        checkTimes(start, end, allDay);
        Objects.requireNonNull(from, "from");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("A series ends after it begins: " + from + "–" + until.get());
        }
    }

    /** Past dates of a series are history; expansion starts at today or the first day, whichever is later. */
    private static LocalDate window(LocalDate from, LocalDate today) {
        return from.isAfter(today) ? from : today;
    }

    private static boolean within(LocalDate date, Optional<LocalDate> until, LocalDate today) {
        return !date.isAfter(today.plus(HORIZON)) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    private static List<LocalDate> monthly(LocalDate from, Optional<LocalDate> until, LocalDate today,
                                           java.util.function.Function<YearMonth, Optional<LocalDate>> dayIn) {
        LocalDate begin = window(from, today);
        List<LocalDate> dates = new ArrayList<>();
        YearMonth last = YearMonth.from(today.plus(HORIZON));
        for (YearMonth month = YearMonth.from(begin); !month.isAfter(last) && dates.size() < MAX_DATES;
             month = month.plus(1, ChronoUnit.MONTHS)) {
            dayIn.apply(month).filter(d -> !d.isBefore(begin) && within(d, until, today)).ifPresent(dates::add);
        }
        return dates;
    }

    private static List<Occurrence> at(List<LocalDate> dates, LocalTime start, Optional<LocalTime> end,
                                       boolean allDay) {
        return dates.stream().map(d -> new Occurrence(d, start, end, allDay)).toList();
    }
}
