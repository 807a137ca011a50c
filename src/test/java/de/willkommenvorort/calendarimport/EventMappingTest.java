package de.willkommenvorort.calendarimport;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.calendarimport.ImportedEvent.Recurrence;
import de.willkommenvorort.calendarimport.ImportedEvent.WeekdayNum;
import de.willkommenvorort.offer.EventRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventMappingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void the_last_friday_of_the_month_stays_the_apps_own_monthly_rule() {
        EventMapping.Dates dates = EventMapping.dates(series("MONTHLY", 1, List.of(new WeekdayNum(-1, DayOfWeek.FRIDAY)),
                Optional.empty()), TODAY).orElseThrow();
        assertThat(dates.rule()).isInstanceOfSatisfying(EventRule.MonthlyOnWeekday.class, rule -> {
            assertThat(rule.week()).isEqualTo(EventRule.LAST);
            assertThat(rule.day()).isEqualTo(DayOfWeek.FRIDAY);
        });
        assertThat(dates.rule().occurrences(TODAY).getFirst().date()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void every_other_week_has_no_words_in_the_app_and_becomes_its_coming_dates() {
        EventMapping.Dates dates = EventMapping.dates(series("WEEKLY", 2, List.of(), Optional.of(3)), TODAY).orElseThrow();
        assertThat(dates.rule()).isInstanceOf(EventRule.DateList.class);
        // From Friday 4 December, three times, every other week: the 4th is over, 18 December and 1 January remain.
        assertThat(dates.rule().occurrences(TODAY)).extracting(EventRule.Occurrence::date)
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 1));
    }

    @Test
    void a_count_ends_a_weekly_series_on_its_last_date() {
        EventMapping.Dates dates = EventMapping.dates(series("WEEKLY", 1, List.of(), Optional.of(4)), TODAY).orElseThrow();
        assertThat(dates.rule()).isInstanceOfSatisfying(EventRule.Weekly.class,
                rule -> assertThat(rule.until()).contains(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void a_location_line_gives_the_place_its_street_and_postal_code() {
        assertThat(EventMapping.Place.of("Rathaus Musterstadt, Sitzungssaal, Marktplatz 1, 12345 Musterstadt"))
                .isEqualTo(new EventMapping.Place("Rathaus Musterstadt", "Marktplatz 1", "12345"));
        assertThat(EventMapping.Place.of("Bürgerhaus")).isEqualTo(new EventMapping.Place("Bürgerhaus", null, null));
        assertThat(EventMapping.Place.of("")).isEqualTo(new EventMapping.Place(null, null, null));
    }

    @Test
    void an_all_day_event_is_imported_all_day_and_one_over_three_days_as_each_of_its_days() {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        EventMapping.Dates one = EventMapping.dates(allDay(saturday, saturday, Optional.empty(), List.of(), List.of()),
                TODAY).orElseThrow();
        assertThat(one.rule()).isEqualTo(EventRule.Single.wholeDay(saturday));

        EventMapping.Dates kirmes = EventMapping.dates(allDay(saturday, saturday.plusDays(2), Optional.empty(),
                List.of(), List.of()), TODAY).orElseThrow();
        assertThat(kirmes.rule().occurrences(TODAY)).containsExactly(EventRule.Occurrence.wholeDay(saturday),
                EventRule.Occurrence.wholeDay(saturday.plusDays(1)), EventRule.Occurrence.wholeDay(saturday.plusDays(2)));
        // Imported on its second day: the days still to come.
        assertThat(EventMapping.dates(allDay(saturday, saturday.plusDays(2), Optional.empty(), List.of(), List.of()),
                saturday.plusDays(1)).orElseThrow().rule().occurrences(saturday.plusDays(1)))
                .extracting(EventRule.Occurrence::date).containsExactly(saturday.plusDays(1), saturday.plusDays(2));
        assertThat(EventMapping.dates(allDay(saturday, saturday.plusDays(2), Optional.empty(), List.of(), List.of()),
                saturday.plusDays(3))).as("over").isEmpty();
    }

    @Test
    void an_all_day_weekly_series_stays_the_apps_rule_all_day_and_its_exdate_is_a_cancelled_day() {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        EventMapping.Dates dates = EventMapping.dates(allDay(saturday, saturday, Optional.of(new Recurrence("WEEKLY", 1,
                        List.of(new WeekdayNum(0, DayOfWeek.SATURDAY)), List.of(), Optional.empty(), Optional.empty(),
                        "FREQ=WEEKLY;BYDAY=SA")), List.of(saturday.plusWeeks(1)), List.of()), TODAY).orElseThrow();
        assertThat(dates.rule()).isEqualTo(new EventRule.Weekly(DayOfWeek.SATURDAY, saturday, Optional.empty(),
                EventRule.ALL_DAY_START, Optional.empty(), true));
        assertThat(dates.cancelled()).containsExactly(EventRule.Occurrence.wholeDay(saturday.plusWeeks(1)));
    }

    @Test
    void an_all_day_rule_without_words_in_the_app_or_with_a_moved_day_becomes_its_coming_days() {
        LocalDate first = LocalDate.of(2026, 12, 12);
        Recurrence everyOtherWeek = new Recurrence("WEEKLY", 2, List.of(), List.of(), Optional.empty(), Optional.of(3),
                "FREQ=WEEKLY;INTERVAL=2;COUNT=3");
        EventMapping.Dates dates = EventMapping.dates(allDay(first, first, Optional.of(everyOtherWeek), List.of(),
                List.of()), TODAY).orElseThrow();
        assertThat(dates.rule()).isInstanceOf(EventRule.DateList.class);
        assertThat(dates.rule().occurrences(TODAY)).containsExactly(EventRule.Occurrence.wholeDay(first),
                EventRule.Occurrence.wholeDay(first.plusWeeks(2)), EventRule.Occurrence.wholeDay(first.plusWeeks(4)));

        Recurrence monthly = new Recurrence("MONTHLY", 1, List.of(), List.of(), Optional.empty(), Optional.of(3),
                "FREQ=MONTHLY;COUNT=3");
        ImportedEvent.ChangedDate toSunday = new ImportedEvent.ChangedDate(first.plusMonths(1), first.plusMonths(1)
                .plusDays(1), Optional.empty(), Optional.empty(), "", "Flohmarkt", false);
        EventMapping.Dates moved = EventMapping.dates(allDay(first, first, Optional.of(monthly), List.of(),
                List.of(toSunday)), TODAY).orElseThrow();
        assertThat(moved.rule().occurrences(TODAY)).containsExactly(EventRule.Occurrence.wholeDay(first),
                EventRule.Occurrence.wholeDay(LocalDate.of(2027, 1, 13)), EventRule.Occurrence.wholeDay(first.plusMonths(2)));
    }

    /** A Flohmarkt, all day from {@code first} to {@code last}. */
    private static ImportedEvent allDay(LocalDate first, LocalDate last, Optional<Recurrence> recurrence,
                                        List<LocalDate> exceptions, List<ImportedEvent.ChangedDate> changed) {
        return new ImportedEvent("flohmarkt", 0, Optional.empty(), "Flohmarkt", "", "", Optional.empty(), List.of(),
                Optional.empty(), false, true, first, Optional.empty(), last, Optional.empty(), recurrence, exceptions,
                changed);
    }

    /** A series from Friday 4 December 2026, 18:00–20:00. */
    private static ImportedEvent series(String frequency, int interval, List<WeekdayNum> days, Optional<Integer> count) {
        LocalDate first = LocalDate.of(2026, 12, 4);
        return new ImportedEvent("uid", 0, Optional.empty(), "Treff", "", "", Optional.empty(), List.of(),
                Optional.empty(), false, false, first, Optional.of(LocalTime.of(18, 0)), first,
                Optional.of(LocalTime.of(20, 0)), Optional.of(new Recurrence(frequency, interval, days, List.of(),
                        Optional.empty(), count, "FREQ=" + frequency)), List.of(), List.of());
    }
}
