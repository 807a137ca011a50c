package de.willkommenvorort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.NothingFound;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;

/** Newcomers' reports and "I found nothing", from the form to the staff's queue. */
@AppTest
class ReportIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    NewcomerReports newcomer;
    @Autowired
    Reports reports;
    @Autowired
    TestOffers testOffers;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MunicipalityService municipalities;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A client address no other test uses, so that the per-address limit of one test leaves the others alone. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private long publishedOffer() {
        return testOffers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
    }

    private List<Long> reportIds(long offerId) {
        return jdbc.sql("SELECT id FROM offer_report WHERE offer_id = ? ORDER BY id").param(offerId).query(Long.class).list();
    }

    private static ReportedOffer inQueue(List<ReportedOffer> queue, long offerId) {
        return queue.stream().filter(o -> o.offerId() == offerId).findFirst().orElseThrow();
    }

    @Test
    void a_newcomers_report_arrives_in_the_queue_and_stores_nothing_that_identifies_them() {
        long offer = publishedOffer();
        newcomer.submit(offer, ReportKind.WRONG_OR_OUTDATED, "  Der Kurs findet nicht mehr statt.  ", Language.get("uk"),
                "198.51.100.77");

        assertThat(jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = 'offer_report'""").query(String.class).set())
                .containsExactlyInAnyOrder("id", "version", "offer_id", "kind", "message", "language", "created_at",
                        "resolved_at", "resolved_by", "resolution_note");
        Map<String, Object> row = jdbc.sql("SELECT * FROM offer_report WHERE offer_id = ?").param(offer).query().singleRow();
        assertThat(row).containsEntry("kind", "WRONG_OR_OUTDATED").containsEntry("message", "Der Kurs findet nicht mehr statt.")
                .containsEntry("language", "uk").containsEntry("resolved_at", null).containsEntry("resolved_by", null);
        assertThat(row.values()).map(String::valueOf).noneMatch(v -> v.contains("198.51.100"));

        ReportedOffer queued = inQueue(SystemActor.call(() -> reports.queue(false)), offer);
        assertThat(queued.title()).startsWith("Sprachcafé ");
        assertThat(queued.openReports()).isEqualTo(1);
        assertThat(queued.flagged()).isFalse();
        ReportedOffer.Line line = queued.reports().getFirst();
        assertThat(line.kind()).isEqualTo(ReportKind.WRONG_OR_OUTDATED);
        assertThat(line.message()).contains("Der Kurs findet nicht mehr statt.");
        assertThat(line.language()).isEqualTo("uk");
        assertThat(line.resolution()).isEmpty();
    }

    @Test
    void a_report_without_text_is_fine_but_without_a_kind_or_with_too_long_a_text_nothing_is_stored() {
        long offer = publishedOffer();
        assertThatThrownBy(() -> newcomer.submit(offer, null, "Text", Language.get("de"), address()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("kind"));
        assertThatThrownBy(() -> newcomer.submit(offer, ReportKind.NOT_OK, "x".repeat(NewcomerReports.MESSAGE_MAX + 1),
                Language.get("de"), address()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsEntry("message", "form.too-long"));
        assertThat(reportIds(offer)).isEmpty();

        newcomer.submit(offer, ReportKind.NOT_OK, "   ", Language.get("ar"), address());
        assertThat(jdbc.sql("SELECT message FROM offer_report WHERE offer_id = ?").param(offer).query().singleRow())
                .containsEntry("message", null);
    }

    @Test
    void one_address_can_send_five_reports_an_hour_then_is_told_when_to_try_again() {
        long offer = publishedOffer();
        String address = address();
        for (int i = 0; i < NewcomerReports.PER_ADDRESS; i++) {
            newcomer.submit(offer, ReportKind.NOT_OK, "Nummer " + i, Language.get("de"), address);
        }
        Instant now = Instant.now();
        assertThatThrownBy(() -> newcomer.submit(publishedOffer(), ReportKind.NOT_OK, null, Language.get("de"), address))
                .isInstanceOfSatisfying(TooManyAttempts.class, e -> assertThat(e.until())
                        .isBetween(now.plus(Duration.ofMinutes(59)), now.plus(Duration.ofMinutes(61))));
        assertThat(reportIds(offer)).hasSize(NewcomerReports.PER_ADDRESS);

        newcomer.submit(offer, ReportKind.NOT_OK, "Von woanders", Language.get("de"), address());
        assertThat(reportIds(offer)).hasSize(NewcomerReports.PER_ADDRESS + 1);
    }

    @Test
    void one_offer_takes_twenty_reports_a_day_from_everyone_together() {
        long offer = publishedOffer();
        for (int i = 0; i < NewcomerReports.PER_OFFER; i++) {
            newcomer.submit(offer, ReportKind.WRONG_OR_OUTDATED, null, Language.get("de"), address());
        }
        assertThatThrownBy(() -> newcomer.submit(offer, ReportKind.WRONG_OR_OUTDATED, null, Language.get("de"), address()))
                .isInstanceOfSatisfying(TooManyAttempts.class, e -> assertThat(e.until())
                        .isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertThat(reportIds(offer)).hasSize(NewcomerReports.PER_OFFER);
    }

    @Test
    void only_published_offers_can_be_reported() {
        long draft = testOffers.saveDraft(testOffers.draft("language-cafe", Map.of("de", "Entwurf " + TestOffers.uniqueWord())));
        assertThat(newcomer.reportable(draft)).isFalse();
        assertThatThrownBy(() -> newcomer.submit(draft, ReportKind.NOT_OK, "Hallo", Language.get("de"), address()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> newcomer.submit(Long.MAX_VALUE, ReportKind.NOT_OK, "Hallo", Language.get("de"), address()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reportIds(draft)).isEmpty();
    }

    @Test
    @WithMockUser(username = "mod-flag", roles = "MODERATOR")
    void an_offer_with_two_open_reports_is_flagged_and_listed_before_older_single_reports() {
        long single = publishedOffer();
        newcomer.submit(single, ReportKind.NOT_OK, "Älter", Language.get("de"), address());
        long several = publishedOffer();
        newcomer.submit(several, ReportKind.WRONG_OR_OUTDATED, "Eins", Language.get("de"), address());
        newcomer.submit(several, ReportKind.NOT_OK, "Zwei", Language.get("fa"), address());

        List<ReportedOffer> queue = reports.queue(false);
        List<Long> order = queue.stream().map(ReportedOffer::offerId).toList();
        assertThat(inQueue(queue, several).flagged()).isTrue();
        assertThat(inQueue(queue, several).reports()).extracting(ReportedOffer.Line::message)
                .containsExactly(Optional.of("Eins"), Optional.of("Zwei"));
        assertThat(inQueue(queue, single).flagged()).isFalse();
        assertThat(order.indexOf(several)).isLessThan(order.indexOf(single));
        int firstUnflagged = queue.stream().filter(o -> !o.flagged()).findFirst().map(queue::indexOf).orElse(queue.size());
        assertThat(queue.subList(firstUnflagged, queue.size())).noneMatch(ReportedOffer::flagged);
        assertThat(reports.openCountByOffer()).containsEntry(several, 2L).containsEntry(single, 1L);

        // Resolving one of the two takes the flag away.
        reports.resolve(reportIds(several).getFirst(), "Termin korrigiert");
        assertThat(inQueue(reports.queue(false), several).flagged()).isFalse();
    }

    @Test
    @WithMockUser(username = "mod-anna", roles = "MODERATOR")
    void resolving_records_who_when_and_the_note_with_exactly_one_audit_entry() {
        long offer = publishedOffer();
        newcomer.submit(offer, ReportKind.WRONG_OR_OUTDATED, "Telefonnummer falsch", Language.get("de"), address());
        long id = reportIds(offer).getFirst();
        long openBefore = reports.openCount();

        assertThatThrownBy(() -> reports.resolve(id, "   "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsEntry("note", "form.required"));
        assertThat(audit.about("offer_report", id)).isEmpty();

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reports.resolve(id, "Anbieter angerufen, Nummer ist korrigiert.");

        Map<String, Object> row = jdbc.sql("SELECT resolved_at, resolved_by, resolution_note FROM offer_report WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("resolved_by", "mod-anna")
                .containsEntry("resolution_note", "Anbieter angerufen, Nummer ist korrigiert.");
        assertThat(((java.sql.Timestamp) row.get("resolved_at")).toInstant()).isAfterOrEqualTo(before);
        assertThat(reports.openCount()).isEqualTo(openBefore - 1);

        List<AuditEntry> entries = audit.about("offer_report", id);
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.getFirst();
        assertThat(entry.getActor()).isEqualTo("mod-anna");
        assertThat(entry.getAction()).isEqualTo("REPORT_RESOLVED");
        assertThat(entry.getBefore()).contains("resolved: no");
        assertThat(entry.getAfter()).contains("mod-anna").contains("Anbieter angerufen, Nummer ist korrigiert.");

        assertThatThrownBy(() -> reports.resolve(id, "Noch einmal"))
                .isInstanceOfSatisfying(AlreadyResolved.class, e -> assertThat(e.by()).isEqualTo("mod-anna"));
        assertThat(audit.about("offer_report", id)).hasSize(1);

        assertThat(reports.queue(false)).noneMatch(o -> o.offerId() == offer);
        ReportedOffer resolved = inQueue(reports.queue(true), offer);
        assertThat(resolved.reports().getFirst().resolution()).hasValueSatisfying(r -> {
            assertThat(r.by()).isEqualTo("mod-anna");
            assertThat(r.note()).isEqualTo("Anbieter angerufen, Nummer ist korrigiert.");
        });
    }

    @Test
    void a_search_that_found_nothing_keeps_only_day_query_block_municipality_and_language() {
        String word = TestOffers.uniqueWord();
        long place = municipalities.all().getFirst().id();
        String longQuery = word + " " + "x".repeat(300);
        events.publishEvent(new NothingFound(Optional.of(longQuery), Optional.of(BuildingBlock.WORK),
                Optional.of(place), "ti"));
        events.publishEvent(NothingFound.of(OfferFilter.everything().withText("  "), "de"));

        assertThat(jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = 'found_nothing'""").query(String.class).set())
                .containsExactlyInAnyOrder("id", "searched_on", "query", "building_block", "municipality_id", "language");
        Map<String, Object> row = jdbc.sql("SELECT * FROM found_nothing WHERE query LIKE ?").param(word + "%")
                .query().singleRow();
        assertThat((String) row.get("query")).hasSize(FoundNothingLog.QUERY_MAX).startsWith(word);
        assertThat(row).containsEntry("building_block", "WORK").containsEntry("municipality_id", place)
                .containsEntry("language", "ti");
        assertThat(((java.sql.Date) row.get("searched_on")).toLocalDate())
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM found_nothing WHERE query IS NULL AND building_block IS NULL"
                + " AND municipality_id IS NULL AND language = 'de'").query(Long.class).single()).isPositive();
    }

    @Test
    void a_provider_is_refused_every_staff_method_and_a_newcomer_too() {
        long offer = publishedOffer();
        newcomer.submit(offer, ReportKind.NOT_OK, null, Language.get("de"), address());
        long id = reportIds(offer).getFirst();

        assertThatThrownBy(() -> reports.queue(false))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        TestAccounts.signIn(accounts.provider("de"));
        assertThatThrownBy(() -> reports.queue(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.queue(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.resolve(id, "Ich war's")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.openCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.openCountByOffer()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT resolved_at FROM offer_report WHERE id = ?").param(id).query().singleRow())
                .containsEntry("resolved_at", null);
    }
}
