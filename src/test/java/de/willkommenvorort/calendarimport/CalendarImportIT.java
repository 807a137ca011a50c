package de.willkommenvorort.calendarimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.calendarimport.CalendarImport.Report;
import de.willkommenvorort.calendarimport.CalendarSources.NewSource;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Calendars as Google, Outlook and a municipal CMS export them become the county's events: placed
 * by the staff's rules, series kept as series, waiting for review unless the source is trusted;
 * a re-import changes instead of duplicating, and an event gone from the source is cancelled, not
 * deleted. The fixtures' dates are fixed, so the import runs as of 7 December 2026.
 */
@AppTest
class CalendarImportIT {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired
    CalendarImport calendarImport;
    @Autowired
    CalendarSources sources;
    @Autowired
    CalendarRules rules;
    @Autowired
    ProviderService providers;
    @Autowired
    CategoryService categories;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long provider;
    long musterstadt;
    long beispielheim;

    @BeforeEach
    void anAdministratorWithATown() {
        TestAccounts.signIn(accounts.admin());
        provider = SystemActor.call(() -> providers.register("Stadt Musterstadt " + System.nanoTime(),
                ProviderKind.PUBLIC_AUTHORITY));
        musterstadt = town("Musterstadt", "12345");
        beispielheim = town("Beispielheim", "12346");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_google_calendar_waits_for_review_keeps_its_series_and_a_reimport_changes_instead_of_duplicating()
            throws IOException {
        long source = source("Google " + System.nanoTime(), false);
        Report first = calendarImport.importFile(source, fixture("google.ics"), TODAY);
        assertThat(first.created()).as("two timed events, an all-day one and one over three days").isEqualTo(4);
        assertThat(first.skipped()).isEmpty();
        long cafe = offer(source, "4k2j9m1s8d7f6g5h3a0b2c4e6g@google.com");
        long council = offer(source, "5f9d3b7a1e0c2g4i6k8m0o2q4s@google.com");
        long clothes = offer(source, "7q3v0t5n1r8p2w6x4y9z0c1b3d@google.com");
        long festival = offer(source, "1h6c8e0a2m4o6q8s0u2w4y6z8b@google.com");
        assertThat(dates(clothes)).containsExactly("2027-01-23 all day");
        // DTEND 15 March is exclusive: the festival is 12, 13 and 14 March, each day all day.
        assertThat(dates(festival)).containsExactly("2027-03-12 all day", "2027-03-13 all day", "2027-03-14 all day");
        assertThat(jdbc.queryForObject("select event_rule_kind from offer where id = ?", String.class, festival))
                .isEqualTo("LIST");
        assertThat(state(cafe)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select municipality_id from offer where id = ?", Long.class, cafe))
                .as("the location names Musterstadt").isEqualTo(musterstadt);
        assertThat(jdbc.queryForObject("select category_id from offer where id = ?", Long.class, cafe))
                .as("a rule: 'Sprachcafé' is a language café").isEqualTo(category("language-cafe"));
        // Weekly on Tuesdays from 8 December; 22 and 29 December do not take place; 15 December moved to 17:00.
        assertThat(dates(cafe)).startsWith("2026-12-08T16:00", "2026-12-15T17:00", "2026-12-22T16:00 (cancelled)",
                "2026-12-29T16:00 (cancelled)", "2027-01-05T16:00");
        assertThat(dates(council)).containsExactly("2027-02-10T18:00");
        assertThat(jdbc.queryForObject("select place_name from offer_event_date where offer_id = ? and event_date = ?",
                String.class, cafe, java.sql.Date.valueOf("2026-12-15"))).as("the moved date's own room")
                .startsWith("Begegnungsstätte Alte Schule");
        assertThat(jdbc.queryForObject("select place_name from offer_event_date where offer_id = ? and event_date = ?",
                String.class, cafe, java.sql.Date.valueOf("2026-12-08"))).as("the others at the series' place").isNull();

        SystemActor.run(() -> review.publish(cafe));
        Report again = calendarImport.importFile(source, fixture("google-updated.ics"), TODAY);
        assertThat(again.created()).as("only the new Seniorennachmittag").isOne();
        assertThat(again.changed()).as("the café's new title and its cancelled 5 January").isOne();
        assertThat(again.unchanged()).as("the council meeting and the festival").isEqualTo(2);
        assertThat(again.cancelled()).as("the clothes day, gone from the calendar").isOne();
        assertThat(dates(clothes)).containsExactly("2027-01-23 all day (cancelled)");
        assertThat(title(cafe)).as("published: unchanged until staff approve the revision")
                .isEqualTo("Sprachcafé im Rathaus");
        Long revision = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, cafe);
        assertThat(state(revision)).isEqualTo("SUBMITTED");
        assertThat(title(revision)).isEqualTo("Sprachcafé im Rathaus (alle Niveaus)");

        Report third = calendarImport.importFile(source, fixture("google-updated.ics"), TODAY);
        assertThat(third.created()).isZero();
        assertThat(third.changed()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from calendar_import_item where source_id = ?", Integer.class,
                source)).isEqualTo(5);
    }

    @Test
    void a_trusted_source_goes_public_at_once_and_an_event_gone_from_it_is_cancelled_not_deleted() throws IOException {
        long source = source("Musterstadt " + System.nanoTime(), true);
        String calendar = text("municipal-cms.ics");
        Report first = calendarImport.importFile(source, bytes(calendar), TODAY);
        assertThat(first.created()).isEqualTo(5);
        assertThat(first.skipped()).extracting(Report.Skip::why).containsExactly(Report.Why.CANCELLED);
        // All day without DTEND: that one day (RFC 5545 3.6.1).
        long holidayGames = offer(source, "tx-calendarize-index-10495@www.musterstadt.de");
        assertThat(dates(holidayGames)).containsExactly("2027-04-01 all day");
        assertThat(state(holidayGames)).isEqualTo("PUBLISHED");
        long football = offer(source, "tx-calendarize-index-10471@www.musterstadt.de");
        long seniors = offer(source, "tx-calendarize-index-10502@www.musterstadt.de");
        assertThat(state(football)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select unchecked_since is not null from offer where id = ?", Boolean.class,
                football)).as("public without review: staff check it afterwards").isTrue();
        assertThat(jdbc.queryForObject("select municipality_id from offer where id = ?", Long.class, football))
                .as("a rule: the Sportpark is in Beispielheim").isEqualTo(beispielheim);
        // A floating 14:30 in April is summer time in the county; DURATION PT2H ends it at 16:30.
        assertThat(jdbc.queryForObject("select concat(start_time, '-', end_time) from offer_event_date where offer_id = ?",
                String.class, seniors)).isEqualTo("14:30:00-16:30:00");

        int start = calendar.indexOf("BEGIN:VEVENT\r\nUID:tx-calendarize-index-10471");
        String without = calendar.substring(0, start) + calendar.substring(calendar.indexOf("END:VEVENT\r\n", start) + 12);
        Report second = calendarImport.importFile(source, bytes(without), TODAY);
        assertThat(second.cancelled()).isOne();
        assertThat(state(football)).as("kept").isEqualTo("PUBLISHED");
        assertThat(dates(football)).allMatch(date -> date.endsWith("(cancelled)"));

        Report back = calendarImport.importFile(source, bytes(calendar), TODAY);
        assertThat(back.changed()).isOne();
        assertThat(dates(football)).noneMatch(date -> date.endsWith("(cancelled)"));
    }

    @Test
    void outlook_series_become_the_apps_own_monthly_rules() throws IOException {
        long source = source("Outlook " + System.nanoTime(), false);
        Report report = calendarImport.importFile(source, fixture("outlook.ics"), TODAY);
        assertThat(report.created()).as("and the all-day festival of 8 May").isEqualTo(4);
        assertThat(dates(offer(source, "040000008200E00074C5B7101A82E00800000000C09A3F71B2A5DB01000000000000000010000000E2B4D6F8091A3C5E7F90B2D4F6A8C0E1")))
                .containsExactly("2027-05-08 all day");
        long parents = offer(source, "040000008200E00074C5B7101A82E00800000000A0C3B1E7D562DB01000000000000000010000000F3A9C2B5D4E1874B9C2A6E5D7F0B1C3E");
        long counselling = offer(source, "040000008200E00074C5B7101A82E008000000005E2FD04B8A63DB01000000000000000010000000B71D4E6A0C9F2348A5E1D3C7F9B2046A");
        assertThat(jdbc.queryForMap("select event_rule_kind, event_rule_week_of_month, event_rule_weekday, event_rule_until"
                + " from offer where id = ?", parents)).containsEntry("event_rule_kind", "MONTHLY")
                .containsEntry("event_rule_week_of_month", 2).containsEntry("event_rule_weekday", 3)
                .containsEntry("event_rule_until", java.sql.Date.valueOf("2027-10-13"));
        assertThat(dates(parents)).hasSize(10).first().isEqualTo("2027-01-13T15:00");
        assertThat(jdbc.queryForObject("select event_rule_day_of_month from offer where id = ?", Integer.class,
                counselling)).isEqualTo(15);
        assertThat(dates(counselling)).hasSize(6).last().isEqualTo("2027-06-15T18:00");
    }

    @Test
    void a_source_needs_its_fields_a_file_that_is_no_calendar_is_named_and_only_administrators_import() {
        assertThatThrownBy(() -> sources.add(new NewSource(" ", "ftp://x", null, null, null, Cost.FREE, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "name", "url", "provider", "category", "municipality"));
        long source = source("Leer " + System.nanoTime(), false);
        assertThat(calendarImport.importFile(source, bytes("<html>Veranstaltungen</html>"), TODAY).failure())
                .isEqualTo("not-a-calendar");
        TestAccounts.signIn(accounts.moderator());
        assertThatThrownBy(() -> calendarImport.importFile(source, bytes(""), TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(sources::all).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_series_kept_as_its_coming_dates_gains_the_days_that_come_within_reach_without_review() {
        long source = source("Zweimal die Woche " + System.nanoTime(), false);
        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gemeinde//DE",
                "X-WR-TIMEZONE:Europe/Berlin", "BEGIN:VEVENT", "UID:deutsch-treff@musterstadt.example",
                "DTSTAMP:20261201T120000Z", "DTSTART:20261208T100000", "DTEND:20261208T113000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "SUMMARY:Deutsch-Treff", "LOCATION:Rathaus Musterstadt",
                "END:VEVENT", "END:VCALENDAR", "");
        calendarImport.importFile(source, bytes(calendar), TODAY);
        long treff = offer(source, "deutsch-treff@musterstadt.example");
        assertThat(jdbc.queryForObject("select event_rule_kind from offer where id = ?", String.class, treff))
                .as("two days a week: the app keeps the coming dates").isEqualTo("LIST");
        SystemActor.run(() -> review.publish(treff));
        List<String> first = dates(treff);
        assertThat(first).hasSize(60).first().isEqualTo("2026-12-08T10:00");

        // A week later the source has not changed; the series reaches two dates further.
        Report later = calendarImport.importFile(source, bytes(calendar), TODAY.plusWeeks(1));
        assertThat(later.unchanged()).isOne();
        assertThat(later.changed()).isZero();
        List<String> after = dates(treff);
        assertThat(after).hasSize(60).first().isEqualTo("2026-12-15T10:00");
        assertThat(after.subList(after.size() - 2, after.size())).doesNotContainAnyElementsOf(first);
        assertThat(state(treff)).as("the series staff read, no review again").isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from offer where revision_of = ?", Integer.class, treff))
                .isZero();
    }

    @Test
    void an_event_that_cannot_be_saved_is_named_and_the_others_are_imported() {
        long source = source("Mit Fehler " + System.nanoTime(), false);
        // A rule pointing at a category that no longer exists: saving that event fails.
        long broken = rules.add(CalendarRules.Kind.CATEGORY, "Zzqxverwaist", Long.MAX_VALUE);
        try {
            String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gemeinde//DE",
                    "X-WR-TIMEZONE:Europe/Berlin",
                    "BEGIN:VEVENT", "UID:broken@musterstadt.example", "DTSTAMP:20261201T120000Z",
                    "DTSTART:20270112T180000", "SUMMARY:Zzqxverwaist Treffen", "END:VEVENT",
                    "BEGIN:VEVENT", "UID:fine@musterstadt.example", "DTSTAMP:20261201T120000Z",
                    "DTSTART:20270113T180000", "SUMMARY:Elterncafé", "DESCRIPTION:", "END:VEVENT",
                    "END:VCALENDAR", "");
            Report report = calendarImport.importFile(source, bytes(calendar), TODAY);
            assertThat(report.created()).isOne();
            assertThat(report.skipped()).containsExactly(new Report.Skip("Zzqxverwaist Treffen", Report.Why.FAILED));
            assertThat(title(offer(source, "fine@musterstadt.example"))).isEqualTo("Elterncafé");
            assertThat(jdbc.queryForObject("select count(*) from calendar_import_item where uid = ?", Integer.class,
                    "broken@musterstadt.example")).as("nothing half-saved").isZero();
        } finally {
            rules.remove(broken);
        }
    }

    @Test
    void a_provider_staff_trust_imports_its_own_calendar_public_at_once_and_checked_afterwards() {
        AccountUser organisation = accounts.provider("de");
        TestAccounts.signIn(organisation);
        assertThat(sources.mayAddMine()).isFalse();
        assertThatThrownBy(() -> sources.addMine("Unser Kalender", null, category("meeting-place"), musterstadt,
                Cost.FREE)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.admin());
        long others = source("Andere " + System.nanoTime(), false);
        providers.trust(organisation.providerId(), true);

        TestAccounts.signIn(organisation);
        long mine = sources.addMine("Unser Kalender", null, category("meeting-place"), musterstadt, Cost.FREE);
        assertThat(sources.mine()).extracting(CalendarSources.Source::id).containsExactly(mine);
        assertThat(sources.byId(others)).as("another provider's calendar is unknown").isEmpty();
        assertThatThrownBy(() -> calendarImport.importFile(others, fixture("google.ics"), TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.removeMine(others)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(sources::all).isInstanceOf(AccessDeniedException.class);

        Report report = calendarImport.importFile(mine, fixture("google.ics"), TODAY);
        assertThat(report.failure()).isNull();
        long cafe = offer(mine, "4k2j9m1s8d7f6g5h3a0b2c4e6g@google.com");
        assertThat(state(cafe)).as("public at once, as the provider's own offers").isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select provider_id from offer where id = ?", Long.class, cafe))
                .isEqualTo(organisation.providerId());
        assertThat(jdbc.queryForObject("select unchecked_since is not null from offer where id = ?", Boolean.class,
                cafe)).as("waits for staff to check it afterwards").isTrue();

        TestAccounts.signIn(accounts.admin());
        providers.trust(organisation.providerId(), false);
        TestAccounts.signIn(organisation);
        assertThatThrownBy(() -> calendarImport.importFile(mine, fixture("google-updated.ics"), TODAY))
                .as("without the trust, no more imports of its own").isInstanceOf(AccessDeniedException.class);
        sources.removeMine(mine);
        assertThat(sources.mine()).isEmpty();
        assertThat(state(cafe)).as("what it brought stays").isEqualTo("PUBLISHED");
    }

    private long source(String name, boolean trusted) {
        long id = sources.add(new NewSource(name, null, provider, category("meeting-place"),
                municipalities.all().getFirst().id(), Cost.FREE, trusted));
        if (rules.all().isEmpty()) {
            rules.add(CalendarRules.Kind.CATEGORY, "Sprachcafé", category("language-cafe"));
            rules.add(CalendarRules.Kind.MUNICIPALITY, "Sportpark", beispielheim);
        }
        return id;
    }

    private long town(String name, String postalCode) {
        return municipalities.all().stream().filter(m -> m.name().equals(name)).findFirst()
                .map(m -> m.id()).orElseGet(() -> SystemActor.call(() -> municipalities.add(name, postalCode,
                        new BigDecimal("50.1"), new BigDecimal("8.6")).id()));
    }

    private long category(String code) {
        return categories.byCode(code).orElseThrow().id();
    }

    private long offer(long source, String uid) {
        return jdbc.queryForObject("select offer_id from calendar_import_item where source_id = ? and uid = ?",
                Long.class, source, uid);
    }

    private String state(long offer) {
        return jdbc.queryForObject("select review_state from offer where id = ?", String.class, offer);
    }

    private String title(long offer) {
        return jdbc.queryForObject("select title from offer_text where offer_id = ? and language = 'de'", String.class,
                offer);
    }

    private List<String> dates(long offer) {
        return jdbc.query("select event_date, start_time, cancelled, all_day from offer_event_date where offer_id = ?"
                        + " order by event_date, start_time",
                (row, n) -> row.getDate(1).toLocalDate() + (row.getBoolean(4) ? " all day"
                        : "T" + row.getTime(2).toLocalTime()) + (row.getBoolean(3) ? " (cancelled)" : ""), offer);
    }

    private static InputStream fixture(String name) {
        return CalendarImportIT.class.getResourceAsStream("/calendar-import/" + name);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = fixture(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
