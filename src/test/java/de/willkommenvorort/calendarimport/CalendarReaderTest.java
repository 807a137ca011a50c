package de.willkommenvorort.calendarimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.willkommenvorort.calendarimport.ImportedEvent.ChangedDate;
import de.willkommenvorort.calendarimport.ImportedEvent.Geo;
import de.willkommenvorort.calendarimport.ImportedEvent.Recurrence;
import de.willkommenvorort.calendarimport.ImportedEvent.WeekdayNum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixtures are real exports' shapes (see {@code calendar-import/README.md}); every row of the
 * README's table is asserted here, in Berlin wall-clock time.
 */
class CalendarReaderTest {

    private static final String SPRACHCAFE = "4k2j9m1s8d7f6g5h3a0b2c4e6g@google.com";
    private static final String KLEIDERKAMMER_AKTIONSTAG = "7q3v0t5n1r8p2w6x4y9z0c1b3d@google.com";
    private static final String FEST_BEISPIELHEIM = "1h6c8e0a2m4o6q8s0u2w4y6z8b@google.com";
    private static final String STADTRAT_GOOGLE = "5f9d3b7a1e0c2g4i6k8m0o2q4s@google.com";
    private static final String SENIOREN_GOOGLE = "2t4v6x8z0b1d3f5h7j9l1n3p5r@google.com";
    private static final String ELTERNCAFE = "040000008200E00074C5B7101A82E00800000000A0C3B1E7D562DB01000000000000000010000000F3A9C2B5D4E1874B9C2A6E5D7F0B1C3E";
    private static final String SPRECHSTUNDE = "040000008200E00074C5B7101A82E008000000005E2FD04B8A63DB01000000000000000010000000B71D4E6A0C9F2348A5E1D3C7F9B2046A";
    private static final String INFOABEND = "040000008200E00074C5B7101A82E0080000000070D18C2294A4DB010000000000000000100000004C8E2A1F6B3D5E7093A1C4F2E6D8B05C";
    private static final String FEST_MARKTPLATZ = "040000008200E00074C5B7101A82E00800000000C09A3F71B2A5DB01000000000000000010000000E2B4D6F8091A3C5E7F90B2D4F6A8C0E1";
    private static final String ABEND = "tx-calendarize-index-10452@www.musterstadt.de";
    private static final String KLEIDERKAMMER = "tx-calendarize-index-10467@www.musterstadt.de";
    private static final String FUSSBALL = "tx-calendarize-index-10471@www.musterstadt.de";
    private static final String STADTRAT_CMS = "tx-calendarize-index-10480@www.musterstadt.de";
    private static final String FERIENSPIELE = "tx-calendarize-index-10495@www.musterstadt.de";
    private static final String SENIOREN_CMS = "tx-calendarize-index-10502@www.musterstadt.de";

    private static final Optional<LocalTime> ALL_DAY = Optional.empty();

    @Test
    void google_export_yields_each_event_once_sorted_by_start_in_berlin_time() {
        assertThat(fixture("google.ics"))
                .extracting(ImportedEvent::uid, ImportedEvent::title, ImportedEvent::allDay, ImportedEvent::startDate,
                        ImportedEvent::startTime, ImportedEvent::endDate, ImportedEvent::endTime, ImportedEvent::cancelled)
                .containsExactly(
                        tuple(SPRACHCAFE, "Sprachcafé im Rathaus", false, date("2026-12-08"), time("16:00"),
                                date("2026-12-08"), time("18:00"), false),
                        tuple(KLEIDERKAMMER_AKTIONSTAG, "Aktionstag Kleiderkammer – Wintersachen", true,
                                date("2027-01-23"), ALL_DAY, date("2027-01-23"), ALL_DAY, false),
                        tuple(STADTRAT_GOOGLE, "Stadtratssitzung", false, date("2027-02-10"), time("18:00"),
                                date("2027-02-10"), time("20:00"), false),
                        tuple(FEST_BEISPIELHEIM, "Interkulturelles Fest Beispielheim", true, date("2027-03-12"),
                                ALL_DAY, date("2027-03-14"), ALL_DAY, false));
    }

    @Test
    void weekly_series_keeps_its_rule_and_the_dates_that_do_not_take_place() {
        ImportedEvent sprachcafe = event(fixture("google.ics"), SPRACHCAFE);

        assertThat(sprachcafe.recurrence()).contains(new Recurrence("WEEKLY", 1,
                List.of(new WeekdayNum(0, DayOfWeek.TUESDAY)), List.of(), Optional.empty(), Optional.empty(),
                "FREQ=WEEKLY;BYDAY=TU"));
        assertThat(sprachcafe.exceptions()).containsExactly(date("2026-12-22"), date("2026-12-29"));
        assertThat(sprachcafe.sequence()).isZero();
        assertThat(sprachcafe.lastModified()).contains(Instant.parse("2026-11-30T14:32:50Z"));
        assertThat(sprachcafe.location()).isEqualTo("Rathaus Musterstadt, Marktplatz 1, 12345 Musterstadt, Deutschland");
    }

    @Test
    void overridden_date_moves_to_17_to_19_in_another_room_and_stays_with_its_series() {
        List<ImportedEvent> events = fixture("google.ics");

        assertThat(event(events, SPRACHCAFE).changedDates()).containsExactly(new ChangedDate(date("2026-12-15"),
                date("2026-12-15"), time("17:00"), time("19:00"),
                "Begegnungsstätte Alte Schule, Gruppenraum 2, Schulstraße 5, 12345 Musterstadt, Deutschland",
                "Sprachcafé im Rathaus", false));
        assertThat(events).filteredOn(e -> e.uid().equals(SPRACHCAFE)).hasSize(1);
        assertThat(events).noneMatch(e -> e.startDate().equals(date("2026-12-15")));
    }

    @Test
    void google_html_description_becomes_plain_text_with_the_link_kept() {
        List<ImportedEvent> events = fixture("google.ics");

        assertThat(event(events, SPRACHCAFE).description()).isEqualTo("""
                Offenes Sprachcafé für Geflüchtete und Einheimische – Deutsch üben bei Kaffee und Tee.
                Alle Sprachniveaus willkommen, keine Anmeldung nötig. Kinderbetreuung im Nebenraum.

                Weitere Infos: www.musterstadt.de/integration/sprachcafe \
                (https://www.musterstadt.de/integration/sprachcafe)""");
        assertThat(event(events, FEST_BEISPIELHEIM).description()).isEqualTo("""
                Drei Tage Programm mit Musik, Essen aus vielen Ländern, Kinderprogramm und Infoständen der Vereine.

                Programm: www.beispielheim.de/interkulturelle-tage (https://www.beispielheim.de/interkulturelle-tage)""");
    }

    @Test
    void escapes_are_undone_after_unfolding_even_when_a_fold_splits_backslash_and_comma() {
        // google.ics folds "Musterstadt\" | " , Deutschland": unescaping before unfolding would keep the backslash.
        assertThat(event(fixture("google.ics"), KLEIDERKAMMER_AKTIONSTAG).location())
                .isEqualTo("Kleiderkammer Musterstadt, Bahnhofstraße 14, 12345 Musterstadt, Deutschland");
        List<ImportedEvent> cms = fixture("municipal-cms.ics");
        assertThat(event(cms, STADTRAT_CMS).description()).isEqualTo("""
                Öffentliche Sitzung des Stadtrats. Tagesordnung: TOP 1 Begrüßung und Feststellung der \
                Beschlussfähigkeit; TOP 2 Haushaltssatzung 2027, 1. Lesung; TOP 3 Ausbau der Großen Straße; \
                TOP 4 Fortschreibung des Integrationskonzepts; TOP 5 Verschiedenes.
                Einlass ab 18:15 Uhr, Gäste sind herzlich willkommen.""");
        assertThat(event(cms, SENIOREN_CMS).location()).isEqualTo(
                "Seniorentreff Lindenhof, Erdgeschoss, im Hause der Begegnungsstätte, Lindenstraße 22, 12345 Musterstadt");
        assertThat(event(cms, FUSSBALL).title()).isEqualTo("Fußball für alle – offenes Training im Sportpark");
    }

    @Test
    void updated_export_changes_the_series_drops_one_event_and_adds_another() {
        List<ImportedEvent> before = fixture("google.ics");
        List<ImportedEvent> after = fixture("google-updated.ics");

        assertThat(after)
                .extracting(ImportedEvent::uid, ImportedEvent::title, ImportedEvent::startDate, ImportedEvent::startTime,
                        ImportedEvent::endDate, ImportedEvent::endTime)
                .containsExactly(
                        tuple(SPRACHCAFE, "Sprachcafé im Rathaus (alle Niveaus)", date("2026-12-08"), time("16:00"),
                                date("2026-12-08"), time("18:00")),
                        tuple(SENIOREN_GOOGLE, "Seniorennachmittag", date("2027-01-27"), time("15:00"),
                                date("2027-01-27"), time("17:30")),
                        tuple(STADTRAT_GOOGLE, "Stadtratssitzung", date("2027-02-10"), time("18:00"),
                                date("2027-02-10"), time("20:00")),
                        tuple(FEST_BEISPIELHEIM, "Interkulturelles Fest Beispielheim", date("2027-03-12"), ALL_DAY,
                                date("2027-03-14"), ALL_DAY));
        ImportedEvent series = event(after, SPRACHCAFE);
        assertThat(series.sequence()).isEqualTo(1);
        assertThat(series.lastModified()).contains(Instant.parse("2026-12-11T09:58:12Z"));
        assertThat(series.exceptions()).containsExactly(date("2026-12-22"), date("2026-12-29"), date("2027-01-05"));
        assertThat(series.changedDates()).isEqualTo(event(before, SPRACHCAFE).changedDates());
        assertThat(series.recurrence()).isEqualTo(event(before, SPRACHCAFE).recurrence());
        assertThat(after).noneMatch(e -> e.uid().equals(KLEIDERKAMMER_AKTIONSTAG));
        // Only DTSTAMP differs in the file for these: nothing the import would see.
        assertThat(event(after, STADTRAT_GOOGLE)).isEqualTo(event(before, STADTRAT_GOOGLE));
        assertThat(event(after, FEST_BEISPIELHEIM)).isEqualTo(event(before, FEST_BEISPIELHEIM));
    }

    @Test
    void outlook_windows_time_zone_quoted_or_not_reads_as_berlin() {
        assertThat(fixture("outlook.ics"))
                .extracting(ImportedEvent::uid, ImportedEvent::title, ImportedEvent::allDay, ImportedEvent::startDate,
                        ImportedEvent::startTime, ImportedEvent::endDate, ImportedEvent::endTime, ImportedEvent::cancelled)
                .containsExactly(
                        tuple(ELTERNCAFE, "Elterncafé", false, date("2027-01-13"), time("15:00"), date("2027-01-13"),
                                time("17:00"), false),
                        tuple(SPRECHSTUNDE, "Sprechstunde Migrationsberatung", false, date("2027-01-15"), time("18:00"),
                                date("2027-01-15"), time("19:30"), false),
                        tuple(INFOABEND, "Infoabend: Ehrenamt in der Flüchtlingshilfe", false, date("2027-02-24"),
                                time("18:30"), date("2027-02-24"), time("20:00"), false),
                        tuple(FEST_MARKTPLATZ, "Interkulturelles Fest auf dem Marktplatz", true, date("2027-05-08"),
                                ALL_DAY, date("2027-05-08"), ALL_DAY, false));
    }

    @Test
    void monthly_on_the_second_wednesday_ten_times_ends_on_13_october() {
        ImportedEvent elterncafe = event(fixture("outlook.ics"), ELTERNCAFE);
        Recurrence rule = elterncafe.recurrence().orElseThrow();

        assertThat(rule).isEqualTo(new Recurrence("MONTHLY", 1, List.of(new WeekdayNum(2, DayOfWeek.WEDNESDAY)),
                List.of(), Optional.empty(), Optional.of(10), "FREQ=MONTHLY;COUNT=10;BYDAY=2WE"));
        WeekdayNum day = rule.byDay().getFirst();
        List<LocalDate> dates = Stream.iterate(YearMonth.from(elterncafe.startDate()), month -> month.plusMonths(1))
                .limit(rule.count().orElseThrow())
                .map(month -> month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(day.ordinal(), day.day())))
                .toList();
        assertThat(dates).first().isEqualTo(elterncafe.startDate());
        assertThat(dates).last().isEqualTo(date("2027-10-13"));
    }

    @Test
    void utc_until_becomes_its_berlin_day_so_the_last_date_still_counts() {
        ImportedEvent sprechstunde = event(fixture("outlook.ics"), SPRECHSTUNDE);
        Recurrence rule = sprechstunde.recurrence().orElseThrow();

        assertThat(rule).isEqualTo(new Recurrence("MONTHLY", 1, List.of(), List.of(15), Optional.of(date("2027-06-15")),
                Optional.empty(), "FREQ=MONTHLY;UNTIL=20270615T160000Z;BYMONTHDAY=15"));
        List<LocalDate> dates = Stream.iterate(sprechstunde.startDate(), d -> d.plusMonths(1))
                .takeWhile(d -> !d.isAfter(rule.until().orElseThrow())).toList();
        assertThat(dates).hasSize(6).last().isEqualTo(date("2027-06-15"));
    }

    @Test
    void outlook_texts_come_from_summary_and_description_not_from_the_html_alternative() {
        List<ImportedEvent> events = fixture("outlook.ics");
        ImportedEvent elterncafe = event(events, ELTERNCAFE);

        assertThat(elterncafe.description()).isEqualTo("""
                Liebe Eltern,

                im Elterncafé treffen sich Mütter und Väter aus Beispielheim und Umgebung zum Austausch über Kita, \
                Schule und Alltag in Deutschland. Eine Dolmetscherin (Arabisch, Dari, Ukrainisch) ist anwesend. \
                Die Kinder werden währenddessen im Spielzimmer betreut.

                Viele Grüße
                Ihr Team vom Familienzentrum""");
        assertThat(elterncafe.location()).isEqualTo("Familienzentrum Beispielheim, Kirchgasse 3, 12346 Beispielheim");
        assertThat(events).allSatisfy(e -> assertThat(e.description()).doesNotContain("<", "Calibri", "&nbsp"));
        assertThat(event(events, INFOABEND).sequence()).isEqualTo(2);
    }

    @Test
    void municipal_floating_times_read_as_the_calendar_zone_also_after_the_switch_to_summer_time() {
        assertThat(fixture("municipal-cms.ics"))
                .extracting(ImportedEvent::uid, ImportedEvent::title, ImportedEvent::allDay, ImportedEvent::startDate,
                        ImportedEvent::startTime, ImportedEvent::endDate, ImportedEvent::endTime, ImportedEvent::cancelled)
                .containsExactly(
                        tuple(ABEND, "Interkultureller Abend – Musik und Geschichten aus aller Welt", false,
                                date("2027-03-05"), time("19:00"), date("2027-03-05"), time("22:00"), false),
                        tuple(KLEIDERKAMMER, "Kleiderkammer geöffnet", false, date("2027-03-09"), time("14:00"),
                                date("2027-03-09"), time("17:00"), true),
                        tuple(FUSSBALL, "Fußball für alle – offenes Training im Sportpark", false, date("2027-03-13"),
                                time("10:00"), date("2027-03-13"), time("13:00"), false),
                        tuple(STADTRAT_CMS, "Stadtratssitzung", false, date("2027-03-18"), time("18:30"),
                                date("2027-03-18"), time("21:00"), false),
                        tuple(FERIENSPIELE, "Anmeldestart Ferienspiele 2027", true, date("2027-04-01"), ALL_DAY,
                                date("2027-04-01"), ALL_DAY, false),
                        // After the switch on 28 March; DURATION:PT2H gives the end.
                        tuple(SENIOREN_CMS, "Seniorennachmittag", false, date("2027-04-07"), time("14:30"),
                                date("2027-04-07"), time("16:30"), false));
    }

    @Test
    void municipal_categories_url_and_geo_are_read_and_an_event_without_location_has_an_empty_one() {
        List<ImportedEvent> events = fixture("municipal-cms.ics");
        ImportedEvent abend = event(events, ABEND);

        assertThat(abend.categories()).containsExactly("Kultur", "Soziales");
        assertThat(event(events, SENIOREN_CMS).categories()).containsExactly("Soziales", "Senioren");
        assertThat(event(events, FERIENSPIELE).categories()).containsExactly("Kinder und Jugend");
        assertThat(abend.url()).contains(URI.create(
                "https://www.musterstadt.de/veranstaltungen/detail/interkultureller-abend-musik-und-geschichten"));
        assertThat(abend.geo()).contains(new Geo(new BigDecimal("50.1234"), new BigDecimal("8.5678")));
        assertThat(abend.location()).isEqualTo("Bürgerhaus Musterstadt, Lindenstraße 12, 12345 Musterstadt");
        assertThat(event(events, FERIENSPIELE).location()).isEmpty();
        assertThat(event(events, FERIENSPIELE).geo()).isEmpty();
        assertThat(event(fixture("google.ics"), SPRACHCAFE).categories()).isEmpty();
    }

    @Test
    void utc_times_take_berlin_summer_time_after_the_switch_and_winter_time_before() {
        List<ImportedEvent> events = read(calendar(
                event("UID:winter", "DTSTART:20270326T170000Z", "DTEND:20270326T190000Z"),
                event("UID:summer", "DTSTART:20270329T170000Z", "DTEND:20270329T190000Z")));

        assertThat(events).extracting(ImportedEvent::uid, ImportedEvent::startTime, ImportedEvent::endTime)
                .containsExactly(tuple("winter", time("18:00"), time("20:00")),
                        tuple("summer", time("19:00"), time("21:00")));
    }

    @Test
    void windows_zone_names_ical4j_does_not_know_are_mapped_with_icu() {
        // Baghdad, UTC+3 all year: 20:00 there is 19:00 in Berlin in July. No VTIMEZONE in the file.
        ImportedEvent event = read(calendar(event("UID:baghdad",
                "DTSTART;TZID=\"Arabic Standard Time\":20270707T200000",
                "DTEND;TZID=Arabic Standard Time:20270707T213000"))).getFirst();

        assertThat(event.startTime()).isEqualTo(time("19:00"));
        assertThat(event.endTime()).isEqualTo(time("20:30"));
    }

    @Test
    void a_zone_only_the_file_defines_is_read_from_its_vtimezone() {
        // Outlook names a zone it cannot map "Customized Time Zone"; this one is UK time (1601 rules).
        ImportedEvent event = read(calendar(String.join("\r\n",
                "BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
                "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE"),
                event("UID:london", "DTSTART;TZID=\"Customized Time Zone\":20270707T143000"))).getFirst();

        assertThat(event.startTime()).isEqualTo(time("15:30"));
        assertThat(event.endTime()).isEmpty();
        assertThat(event.endDate()).isEqualTo(date("2027-07-07"));
    }

    @Test
    void floating_times_follow_x_wr_timezone_and_default_to_berlin() {
        String event = event("UID:floating", "DTSTART:20270707T190000");

        assertThat(read(calendar("X-WR-TIMEZONE:Europe/London", event)).getFirst().startTime()).isEqualTo(time("20:00"));
        assertThat(read(calendar("X-WR-TIMEZONE:Nowhere/Special", event)).getFirst().startTime()).isEqualTo(time("19:00"));
        assertThat(read(calendar(event)).getFirst().startTime()).isEqualTo(time("19:00"));
    }

    @Test
    void an_event_in_a_zone_nobody_knows_is_skipped_and_the_others_are_kept() {
        List<ImportedEvent> events = read(calendar(
                event("UID:mars", "DTSTART;TZID=Mars/Olympus:20270707T143000"),
                event("UID:earth", "DTSTART:20270707T143000")));

        assertThat(events).extracting(ImportedEvent::uid).containsExactly("earth");
    }

    @Test
    void events_without_uid_or_start_are_skipped_and_the_others_are_kept() {
        List<ImportedEvent> events = read(calendar(
                event("SUMMARY:Ohne UID", "DTSTART:20270707T143000"),
                event("UID:no-start", "SUMMARY:Ohne Beginn"),
                event("UID:bad-start", "DTSTART:2027-07-07"),
                event("UID:kept", "SUMMARY:Mit allem", "DTSTART:20270707T143000")));

        assertThat(events).extracting(ImportedEvent::uid).containsExactly("kept");
    }

    @Test
    void an_override_without_its_series_in_the_file_is_an_event_of_its_own() {
        List<ImportedEvent> events = read(calendar(event("UID:series", "SUMMARY:Nur dieser Termin",
                "RECURRENCE-ID;TZID=Europe/Berlin:20270707T160000", "DTSTART;TZID=Europe/Berlin:20270707T170000",
                "DTEND;TZID=Europe/Berlin:20270707T190000")));

        assertThat(events).extracting(ImportedEvent::uid, ImportedEvent::title, ImportedEvent::startTime,
                        ImportedEvent::recurrence, ImportedEvent::changedDates)
                .containsExactly(tuple("series", "Nur dieser Termin", time("17:00"), Optional.empty(), List.of()));
    }

    @Test
    void an_all_day_series_reads_its_exdates_and_changed_dates_as_days_and_is_imported_as_whole_days() {
        ImportedEvent market = read(calendar(
                event("UID:flohmarkt", "SUMMARY:Flohmarkt", "DTSTART;VALUE=DATE:20270102",
                        "DTEND;VALUE=DATE:20270103", "RRULE:FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270605",
                        "EXDATE;VALUE=DATE:20270206"),
                event("UID:flohmarkt", "SUMMARY:Flohmarkt", "STATUS:CANCELLED", "RECURRENCE-ID;VALUE=DATE:20270306",
                        "DTSTART;VALUE=DATE:20270306"))).getFirst();

        assertThat(market.allDay()).isTrue();
        assertThat(market.startTime()).isEmpty();
        assertThat(market.endDate()).isEqualTo(date("2027-01-02"));
        assertThat(market.exceptions()).containsExactly(date("2027-02-06"));
        assertThat(market.recurrence().orElseThrow().until()).contains(date("2027-06-05"));
        assertThat(market.changedDates()).extracting(ChangedDate::originalDate, ChangedDate::startTime,
                ChangedDate::cancelled).containsExactly(tuple(date("2027-03-06"), Optional.empty(), true));

        EventMapping.Dates dates = EventMapping.dates(market, date("2026-12-07")).orElseThrow();
        assertThat(dates.rule()).isEqualTo(new de.willkommenvorort.offer.EventRule.MonthlyOnWeekday(1,
                DayOfWeek.SATURDAY, date("2027-01-02"), Optional.of(date("2027-06-05")),
                de.willkommenvorort.offer.EventRule.ALL_DAY_START, Optional.empty(), true));
        assertThat(dates.cancelled()).containsExactly(
                de.willkommenvorort.offer.EventRule.Occurrence.wholeDay(date("2027-02-06")),
                de.willkommenvorort.offer.EventRule.Occurrence.wholeDay(date("2027-03-06")));
    }

    @Test
    void a_date_cancelled_on_its_own_is_a_cancelled_changed_date() {
        ImportedEvent series = read(calendar(
                event("UID:series", "SUMMARY:Treff", "DTSTART;TZID=Europe/Berlin:20270707T160000",
                        "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270901"),
                event("UID:series", "SUMMARY:Treff", "STATUS:CANCELLED",
                        "RECURRENCE-ID;TZID=Europe/Berlin:20270721T160000",
                        "DTSTART;TZID=Europe/Berlin:20270721T160000"))).getFirst();

        assertThat(series.cancelled()).isFalse();
        assertThat(series.recurrence().orElseThrow().interval()).isEqualTo(2);
        assertThat(series.recurrence().orElseThrow().until()).contains(date("2027-09-01"));
        assertThat(series.changedDates()).extracting(ChangedDate::originalDate, ChangedDate::cancelled)
                .containsExactly(tuple(date("2027-07-21"), true));
    }

    @Test
    void html_paragraphs_entities_and_links_become_plain_text_and_plain_text_stays_as_it_is() {
        String html = "<p>Kinder &amp; Eltern&nbsp;willkommen</p><p>Anmeldung: <a href='mailto:info@example.org'>"
                + "info@example.org</a>, <A HREF=\"https://example.org/x?a=1&amp;b=2\">https://example.org/x?a=1&amp;b=2</A>"
                + "<br/>Zeichen: &amp;lt; &quot;Zitat&quot; &#39;so&#39;<!-- Kommentar --></p>";

        assertThat(PlainText.of(html)).isEqualTo("""
                Kinder & Eltern willkommen

                Anmeldung: info@example.org, https://example.org/x?a=1&b=2
                Zeichen: &lt; "Zitat" 'so'""");
        assertThat(PlainText.of("Für Kinder <6 Jahre und Erwachsene >18 Jahre\nzweite Zeile"))
                .isEqualTo("Für Kinder <6 Jahre und Erwachsene >18 Jahre\nzweite Zeile");
    }

    @Test
    void an_escaped_comma_stays_inside_its_category() {
        ImportedEvent event = read(calendar(event("UID:c", "DTSTART;VALUE=DATE:20270707",
                "CATEGORIES:Kinder\\, Jugend , Sport", "CATEGORIES:Kultur"))).getFirst();

        assertThat(event.categories()).containsExactly("Kinder, Jugend", "Sport", "Kultur");
    }

    @Test
    void lf_only_line_ends_read_the_same_as_crlf() {
        String crlf = new String(bytes("google.ics"), StandardCharsets.UTF_8);
        String lf = crlf.replace("\r\n", "\n");

        assertThat(lf).doesNotContain("\r").contains("\n ");
        assertThat(read(lf)).isEqualTo(fixture("google.ics"));
    }

    @Test
    void blank_lines_a_byte_order_mark_and_an_unreadable_property_do_not_cost_the_file() {
        List<ImportedEvent> events = read("\uFEFF" + calendar(
                "", event("UID:a", "DTSTART:20270707T143000", "GEO:50,1;8,6", "PRIORITY:hoch", "URL:kein Link"), ""));

        assertThat(events).extracting(ImportedEvent::uid, ImportedEvent::geo, ImportedEvent::url)
                .containsExactly(tuple("a", Optional.empty(), Optional.empty()));
    }

    @Test
    void a_calendar_without_events_is_empty() {
        assertThat(read(calendar())).isEmpty();
        assertThat(read(calendar("BEGIN:VTODO", "UID:t", "SUMMARY:Aufgabe", "END:VTODO"))).isEmpty();
    }

    @Test
    void what_is_not_icalendar_is_unreadable() {
        assertThatThrownBy(() -> read("<html><body>Wartungsarbeiten</body></html>"))
                .isInstanceOf(CalendarUnreadable.class).hasMessage("Not an iCalendar file").cause().isNotNull();
        assertThatThrownBy(() -> read("")).isInstanceOf(CalendarUnreadable.class);
    }

    private static List<ImportedEvent> fixture(String name) {
        return CalendarReader.read(new ByteArrayInputStream(bytes(name)));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = CalendarReaderTest.class.getResourceAsStream("/calendar-import/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ImportedEvent> read(String ics) {
        return CalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    private static String calendar(String... lines) {
        return String.join("\r\n", Stream.concat(Stream.concat(
                Stream.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Willkommen vor Ort//Test//DE"),
                Stream.of(lines)), Stream.of("END:VCALENDAR", "")).toList());
    }

    private static String event(String... lines) {
        return String.join("\r\n", Stream.concat(Stream.concat(Stream.of("BEGIN:VEVENT"), Stream.of(lines)),
                Stream.of("END:VEVENT")).toList());
    }

    private static ImportedEvent event(List<ImportedEvent> events, String uid) {
        return events.stream().filter(e -> e.uid().equals(uid)).findFirst().orElseThrow(() -> new AssertionError(uid));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Optional<LocalTime> time(String iso) {
        return Optional.of(LocalTime.parse(iso));
    }
}
