package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRuleTest {

    private static final LocalTime SIX_PM = LocalTime.of(18, 0);
    private static final Optional<LocalTime> EIGHT_PM = Optional.of(LocalTime.of(20, 0));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_weekly_rule_gives_every_wednesday_from_the_first_day_until_the_last() {
        var rule = new EventRule.Weekly(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 12, 1),
                Optional.of(LocalDate.of(2026, 12, 23)), SIX_PM, EIGHT_PM);
        assertThat(dates(rule, LocalDate.of(2026, 11, 25))).containsExactly(LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 23));
    }

    @Test
    void a_series_begun_in_the_past_expands_from_today_on() {
        var rule = new EventRule.Weekly(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 1, 7), Optional.empty(), SIX_PM,
                EIGHT_PM);
        assertThat(dates(rule, LocalDate.of(2026, 11, 25))).first().isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void weeks_that_switch_to_summer_or_winter_time_keep_six_pm_on_the_wall_clock() {
        // 29 March 2026 and 25 October 2026 are the switch Sundays in Germany.
        var rule = new EventRule.Weekly(DayOfWeek.SUNDAY, LocalDate.of(2026, 3, 22), Optional.of(LocalDate.of(2026, 11, 1)),
                SIX_PM, Optional.empty());
        List<EventRule.Occurrence> all = rule.occurrences(LocalDate.of(2026, 3, 1));
        assertThat(all).allSatisfy(o -> assertThat(o.start()).isEqualTo(SIX_PM));
        ZonedDateTime before = at(all, LocalDate.of(2026, 3, 22));
        ZonedDateTime after = at(all, LocalDate.of(2026, 3, 29));
        assertThat(before.getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(after.getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(at(all, LocalDate.of(2026, 10, 25)).getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(at(all, LocalDate.of(2026, 10, 25)).getHour()).isEqualTo(18);
    }

    @Test
    void monthly_on_the_second_tuesday() {
        var rule = new EventRule.MonthlyOnWeekday(2, DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 1),
                Optional.of(LocalDate.of(2027, 3, 31)), SIX_PM, EIGHT_PM);
        assertThat(dates(rule, LocalDate.of(2026, 11, 25))).containsExactly(LocalDate.of(2026, 12, 8),
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9));
    }

    @Test
    void monthly_on_the_last_friday() {
        var rule = new EventRule.MonthlyOnWeekday(EventRule.LAST, DayOfWeek.FRIDAY, LocalDate.of(2026, 11, 1),
                Optional.of(LocalDate.of(2027, 2, 28)), SIX_PM, EIGHT_PM);
        assertThat(dates(rule, LocalDate.of(2026, 11, 1))).containsExactly(LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26));
    }

    @Test
    void months_without_a_fifth_weekday_are_skipped() {
        var rule = new EventRule.MonthlyOnWeekday(5, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 1),
                Optional.of(LocalDate.of(2027, 3, 31)), SIX_PM, EIGHT_PM);
        // Nov 2026 has five Mondays (30th), Dec–Feb have four, March 2027 has five (29th).
        assertThat(dates(rule, LocalDate.of(2026, 11, 1))).containsExactly(LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 3, 29));
    }

    @Test
    void months_without_the_day_are_skipped() {
        var rule = new EventRule.MonthlyOnDay(31, LocalDate.of(2027, 1, 1), Optional.of(LocalDate.of(2027, 5, 31)),
                SIX_PM, EIGHT_PM);
        assertThat(dates(rule, LocalDate.of(2026, 11, 25))).containsExactly(LocalDate.of(2027, 1, 31),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31));
    }

    @Test
    void a_series_without_end_stops_one_year_ahead() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        var rule = new EventRule.MonthlyOnDay(1, today, Optional.empty(), SIX_PM, EIGHT_PM);
        assertThat(dates(rule, today)).hasSize(12).last().isEqualTo(LocalDate.of(2027, 11, 1));
    }

    @Test
    void a_weekly_series_stops_one_year_ahead_and_a_list_holds_at_most_sixty_dates() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        var thursdays = new EventRule.Weekly(DayOfWeek.THURSDAY, today, Optional.empty(), SIX_PM, EIGHT_PM);
        assertThat(dates(thursdays, today)).hasSize(53).last().isEqualTo(LocalDate.of(2027, 11, 25));
        List<EventRule.Occurrence> many = java.util.stream.IntStream.range(0, EventRule.MAX_DATES + 1)
                .mapToObj(i -> new EventRule.Occurrence(today.plusDays(i), SIX_PM, Optional.empty())).toList();
        assertThat(new EventRule.DateList(many.subList(0, EventRule.MAX_DATES)).occurrences(today))
                .hasSize(EventRule.MAX_DATES);
        assertThatThrownBy(() -> new EventRule.DateList(many)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_list_keeps_its_own_times_in_order() {
        var list = new EventRule.DateList(List.of(
                new EventRule.Occurrence(LocalDate.of(2027, 1, 9), LocalTime.of(10, 0), Optional.empty()),
                new EventRule.Occurrence(LocalDate.of(2026, 12, 5), LocalTime.of(14, 30), Optional.of(LocalTime.of(16, 0)))));
        assertThat(list.occurrences(LocalDate.of(2026, 11, 25))).extracting(EventRule.Occurrence::start)
                .containsExactly(LocalTime.of(14, 30), LocalTime.of(10, 0));
    }

    @Test
    void impossible_rules_are_refused() {
        assertThatThrownBy(() -> new EventRule.Single(LocalDate.of(2026, 12, 1), SIX_PM, Optional.of(SIX_PM)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventRule.MonthlyOnWeekday(6, DayOfWeek.MONDAY, LocalDate.of(2026, 12, 1),
                Optional.empty(), SIX_PM, EIGHT_PM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventRule.Weekly(DayOfWeek.MONDAY, LocalDate.of(2026, 12, 1),
                Optional.of(LocalDate.of(2026, 11, 1)), SIX_PM, EIGHT_PM)).isInstanceOf(IllegalArgumentException.class);
        EventRule.Occurrence twice = new EventRule.Occurrence(LocalDate.of(2026, 12, 1), SIX_PM, Optional.empty());
        assertThatThrownBy(() -> new EventRule.DateList(List.of(twice, twice))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancelled_date_stays_cancelled_when_the_rule_is_set_again() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Offer offer = new Offer(1, 1, "de", Cost.FREE);
        offer.scheduleBy(new EventRule.Weekly(DayOfWeek.WEDNESDAY, today, Optional.empty(), SIX_PM, EIGHT_PM), today);
        offer.cancelDate(LocalDate.of(2026, 12, 9), SIX_PM);
        offer.cancelDate(LocalDate.of(2026, 12, 30), SIX_PM);

        // Now only until the 23rd: the 9th stays cancelled, the 30th is gone with its cancellation.
        var shorter = new EventRule.Weekly(DayOfWeek.WEDNESDAY, today, Optional.of(LocalDate.of(2026, 12, 23)),
                SIX_PM, Optional.of(LocalTime.of(21, 0)));
        offer.scheduleBy(shorter, today);

        assertThat(offer.getEventDates()).extracting(EventDate::date).containsExactly(LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 16),
                LocalDate.of(2026, 12, 23));
        assertThat(offer.getEventDates()).filteredOn(EventDate::cancelled).extracting(EventDate::date)
                .containsExactly(LocalDate.of(2026, 12, 9));
        assertThat(offer.getEventDates()).allSatisfy(d -> assertThat(d.end()).contains(LocalTime.of(21, 0)));
        assertThat(offer.getEventRule()).contains(shorter);
        assertThat(offer.isEvent()).isTrue();

        offer.restoreDate(LocalDate.of(2026, 12, 9), SIX_PM);
        assertThat(offer.getEventDates()).noneMatch(EventDate::cancelled);
        assertThatThrownBy(() -> offer.cancelDate(LocalDate.of(2026, 12, 10), SIX_PM))
                .isInstanceOf(IllegalArgumentException.class);
        offer.clearSchedule();
        assertThat(offer.isEvent()).isFalse();
        assertThat(offer.getEventRule()).isEmpty();
    }

    @Test
    void a_list_comes_back_from_the_offer_as_the_same_list() {
        var list = new EventRule.DateList(List.of(
                new EventRule.Occurrence(LocalDate.of(2026, 12, 5), LocalTime.of(14, 30), Optional.empty()),
                new EventRule.Occurrence(LocalDate.of(2027, 1, 9), LocalTime.of(10, 0), Optional.of(LocalTime.of(12, 0)))));
        Offer offer = new Offer(1, 1, "de", Cost.FREE);
        offer.scheduleBy(list, LocalDate.of(2026, 11, 25));
        assertThat(offer.getEventRule()).contains(list);
    }

    @Test
    void an_all_day_series_gives_whole_days_and_comes_back_from_the_offer_all_day() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        var markets = new EventRule.MonthlyOnWeekday(1, DayOfWeek.SATURDAY, today,
                Optional.of(LocalDate.of(2027, 2, 28)), EventRule.ALL_DAY_START, Optional.empty(), true);
        assertThat(markets.occurrences(today)).extracting(EventRule.Occurrence::date).containsExactly(
                LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 6));
        assertThat(markets.occurrences(today)).allSatisfy(day -> {
            assertThat(day.allDay()).isTrue();
            assertThat(day.end()).isEmpty();
        });
        Offer offer = new Offer(1, 1, "de", Cost.FREE);
        offer.scheduleBy(markets, today);
        assertThat(offer.getEventDates()).allMatch(EventDate::allDay);
        assertThat(offer.getEventRule()).contains(markets);
        // A revision copies rule and dates: still all day, with what was decided about a date.
        offer.cancelDate(LocalDate.of(2027, 1, 2), EventRule.ALL_DAY_START);
        Offer revision = Offer.revisionOf(offer);
        assertThat(revision.getEventRule()).contains(markets);
        assertThat(revision.getEventDates()).extracting(EventDate::toString).containsExactly("2026-12-05 all day",
                "2027-01-02 all day (cancelled)", "2027-02-06 all day");
    }

    @Test
    void an_event_over_three_days_is_three_all_day_dates_which_come_before_a_timed_one() {
        List<EventRule.Occurrence> kirmes = EventRule.Occurrence.everyDay(LocalDate.of(2027, 8, 27),
                LocalDate.of(2027, 8, 29));
        List<EventRule.Occurrence> withConcert = new java.util.ArrayList<>(List.of(
                new EventRule.Occurrence(LocalDate.of(2027, 8, 28), LocalTime.of(0, 30), Optional.empty())));
        withConcert.addAll(kirmes);
        var list = new EventRule.DateList(withConcert);
        assertThat(list.occurrences(LocalDate.of(2027, 8, 1))).extracting(EventRule.Occurrence::date,
                EventRule.Occurrence::allDay).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 8, 27), true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 8, 28), true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 8, 28), false),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 8, 29), true));
        Offer offer = new Offer(1, 1, "de", Cost.FREE);
        offer.scheduleBy(list, LocalDate.of(2027, 8, 1));
        assertThat(offer.getEventRule()).contains(list);
        assertThat(EventRule.Occurrence.everyDay(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .as("a long exhibition is cut like any list").hasSize(EventRule.MAX_DATES);
    }

    @Test
    void an_all_day_date_has_no_times() {
        LocalDate day = LocalDate.of(2026, 12, 12);
        assertThatThrownBy(() -> new EventRule.Occurrence(day, SIX_PM, Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventRule.Single(day, EventRule.ALL_DAY_START, EIGHT_PM, true))
                .isInstanceOf(IllegalArgumentException.class);
        // All day and midnight are the same date of a list: listed twice.
        assertThatThrownBy(() -> new EventRule.DateList(List.of(EventRule.Occurrence.wholeDay(day),
                new EventRule.Occurrence(day, LocalTime.MIDNIGHT, Optional.empty()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> dates(EventRule rule, LocalDate today) {
        return rule.occurrences(today).stream().map(EventRule.Occurrence::date).toList();
    }

    private static ZonedDateTime at(List<EventRule.Occurrence> all, LocalDate day) {
        EventRule.Occurrence o = all.stream().filter(x -> x.date().equals(day)).findFirst().orElseThrow();
        return o.date().atTime(o.start()).atZone(BERLIN);
    }
}
