package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class IcsTest {

    private static final String URL = "https://example.org/offer/7";
    private static final Instant STAMP = Instant.parse("2026-11-25T16:30:00Z");

    private static final String ARABIC_TITLE = "مقهى اللغة في مركز الحي: تحدثوا الألمانية مع جيرانكم، مع شاي وقهوة وكعك مجاناً للجميع";
    private static final String UKRAINIAN_TITLE = "Мовне кафе в районному центрі: розмовляйте німецькою з сусідами, з чаєм і кавою";

    @Test
    void long_arabic_and_ukrainian_summaries_fold_at_75_octets_without_splitting_a_character() {
        for (String title : List.of(ARABIC_TITLE, UKRAINIAN_TITLE + " 👋🏽")) {
            String ics = IcsCalendar.of(entry(title, Optional.of(LocalTime.of(20, 0)), false));
            String[] lines = ics.split("\r\n", -1);
            assertThat(lines[lines.length - 1]).as("ends with CRLF").isEmpty();
            for (String line : lines) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
                // Re-encoding the decoded line gives the same bytes: no sequence was cut in half.
                assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
                assertThat(line).doesNotContain("\uFFFD");
            }
            assertThat(Arrays.stream(lines).filter(l -> l.startsWith("SUMMARY")).findFirst().orElseThrow()
                    .getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(70);
            assertThat(unfold(ics)).contains("SUMMARY;LANGUAGE=ar:" + title.replace(",", "\\,"));
            assertThat(ics).doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        }
    }

    @Test
    void text_values_escape_backslash_semicolon_comma_and_line_breaks() {
        assertThat(IcsCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        String ics = unfold(IcsCalendar.of(entry("Fest; Musik, Tanz", Optional.empty(), false)));
        assertThat(ics).contains("SUMMARY;LANGUAGE=ar:Fest\\; Musik\\, Tanz\r\n");
        assertThat(ics).contains("DESCRIPTION;LANGUAGE=ar:Zeile 1\\nZeile 2\r\n");
        assertThat(ics).contains("LOCATION:Kirchplatz 3\\, Auenthal\r\n");
    }

    @Test
    void times_are_local_to_berlin_with_the_zone_rules_in_the_file() {
        String ics = unfold(IcsCalendar.of(entry("Sprachcafé", Optional.of(LocalTime.of(20, 0)), false)));
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20261209T180000\r\n");
        assertThat(ics).contains("DTEND;TZID=Europe/Berlin:20261209T200000\r\n");
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(ics).contains("DTSTAMP:20261125T163000Z\r\n", "UID:offer-7-20261209T1800@willkommen-vor-ort\r\n");
        assertThat(ics).contains("STATUS:CONFIRMED").startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void without_an_end_time_the_entry_has_no_invented_length_and_a_cancelled_date_says_so() {
        String ics = IcsCalendar.of(entry("Sprachcafé", Optional.empty(), true));
        assertThat(ics).contains("DURATION:PT0S\r\n").doesNotContain("DTEND").contains("STATUS:CANCELLED\r\n");
    }

    @Test
    void an_all_day_date_is_a_day_without_time_and_ends_the_next_day() throws Exception {
        String ics = IcsCalendar.of(new IcsCalendar.Entry("offer-7-20261212T0000@willkommen-vor-ort",
                EventRule.Occurrence.wholeDay(LocalDate.of(2026, 12, 12)), "Stadtfest", "", "Marktplatz", URL, "de",
                false, STAMP));
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261212\r\n", "DTEND;VALUE=DATE:20261213\r\n")
                .doesNotContain("DURATION").doesNotContain("T000000");
        VEvent event = parsed(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate())
                .isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(event.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getDate())
                .as("exclusive: the day after").isEqualTo(LocalDate.of(2026, 12, 13));
    }

    @Test
    void an_all_day_weekly_series_leaves_out_its_cancelled_day_as_a_date() throws Exception {
        LocalDate first = LocalDate.of(2026, 12, 5);
        EventRule.Weekly saturdays = new EventRule.Weekly(DayOfWeek.SATURDAY, first,
                Optional.of(LocalDate.of(2026, 12, 26)), EventRule.ALL_DAY_START, Optional.empty(), true);
        assertThat(EventFeed.rrule(saturdays)).contains("FREQ=WEEKLY;BYDAY=SA;UNTIL=20261226");
        String ics = IcsCalendar.feed("Flohmarkt", List.of(new IcsCalendar.Event("offer-8@willkommen-vor-ort",
                EventFeed.firstOf(saturdays).orElseThrow(), "Flohmarkt", "", "", URL, "de", false, STAMP,
                EventFeed.rrule(saturdays), List.of(first.plusWeeks(1).atStartOfDay()), Optional.empty())));
        assertThat(unfold(ics)).contains("EXDATE;VALUE=DATE:20261212\r\n", "DTSTART;VALUE=DATE:20261205\r\n");
        Calendar calendar = parsed(ics);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        VEvent series = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        // What a phone shows: every Saturday until the 26th but the 12th, each a whole day.
        List<Period<LocalDate>> days = series.<LocalDate>calculateRecurrenceSet(
                new Period<>(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))).stream().sorted().toList();
        assertThat(days).extracting(Period::getStart).containsExactly(LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 19), LocalDate.of(2026, 12, 26));
        assertThat(days).extracting(Period::getEnd).first().isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void a_festival_over_three_days_is_three_all_day_events() throws Exception {
        EventRule.DateList kirmes = new EventRule.DateList(EventRule.Occurrence.everyDay(LocalDate.of(2027, 8, 27),
                LocalDate.of(2027, 8, 29)));
        String ics = IcsCalendar.feed("Kirmes", kirmes.dates().stream().map(day -> new IcsCalendar.Event(
                "offer-9-" + day.date() + "@willkommen-vor-ort", day, "Kirmes", "", "", URL, "de", false, STAMP,
                Optional.<String>empty(), List.<java.time.LocalDateTime>of(), Optional.<java.time.LocalDateTime>empty()))
                .toList());
        Calendar calendar = parsed(ics);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event -> event
                        .<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate())
                .containsExactly(LocalDate.of(2027, 8, 27), LocalDate.of(2027, 8, 28), LocalDate.of(2027, 8, 29));
    }

    private static Calendar parsed(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static IcsCalendar.Entry entry(String summary, Optional<LocalTime> end, boolean cancelled) {
        return new IcsCalendar.Entry("offer-7-20261209T1800@willkommen-vor-ort",
                new EventRule.Occurrence(LocalDate.of(2026, 12, 9), LocalTime.of(18, 0), end), summary,
                "Zeile 1\nZeile 2", "Kirchplatz 3, Auenthal", "https://example.org/offer/7", "ar", cancelled,
                Instant.parse("2026-11-25T16:30:00Z"));
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }
}
