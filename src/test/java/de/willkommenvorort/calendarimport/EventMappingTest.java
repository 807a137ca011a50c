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

    /** A series from Friday 4 December 2026, 18:00–20:00. */
    private static ImportedEvent series(String frequency, int interval, List<WeekdayNum> days, Optional<Integer> count) {
        LocalDate first = LocalDate.of(2026, 12, 4);
        return new ImportedEvent("uid", 0, Optional.empty(), "Treff", "", "", Optional.empty(), List.of(),
                Optional.empty(), false, false, first, Optional.of(LocalTime.of(18, 0)), first,
                Optional.of(LocalTime.of(20, 0)), Optional.of(new Recurrence(frequency, interval, days, List.of(),
                        Optional.empty(), count, "FREQ=" + frequency)), List.of(), List.of());
    }
}
