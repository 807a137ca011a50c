package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcsTest {

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

    private static IcsCalendar.Entry entry(String summary, Optional<LocalTime> end, boolean cancelled) {
        return new IcsCalendar.Entry("offer-7-20261209T1800@willkommen-vor-ort", LocalDate.of(2026, 12, 9),
                LocalTime.of(18, 0), end, summary, "Zeile 1\nZeile 2", "Kirchplatz 3, Auenthal",
                "https://example.org/offer/7", "ar", cancelled, Instant.parse("2026-11-25T16:30:00Z"));
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }
}
