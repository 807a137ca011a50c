package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Checked on …" (HSDS assured_date): publishing, the provider's one-click link and a staff check
 * confirm an offer; one nobody confirmed for twelve months is flagged to staff and its provider
 * asked, and sixty days after the asking it leaves the public list, kept and able to come back.
 */
@AppTest
class OfferConfirmationIT {

    @Autowired
    OfferEditing editing;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    OfferFreshness freshness;
    @Autowired
    ExpiringOffers expiring;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestOffers testOffers;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfferRepository offers;
    @Autowired
    TransactionTemplate transaction;

    AccountUser provider;
    String email;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

    @BeforeEach
    void signIn() {
        provider = testAccounts.provider("ar");
        TestAccounts.signIn(provider);
        email = accounts.account(provider.accountId()).orElseThrow().getEmail();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_published_offer_shows_the_day_it_was_checked_and_a_draft_shows_none() {
        long id = editing.save(testOffers.form("Frauencafé " + TestOffers.uniqueWord()));
        editing.submit(id);
        assertThat(transaction.execute(status -> OfferDetails.of(offers.findById(id).orElseThrow(), "de"))
                .confirmedOn()).isEmpty();
        SystemActor.run(() -> review.publish(id));
        assertThat(publicOffers.published(id, "ar")).hasValueSatisfying(
                offer -> assertThat(offer.confirmedOn()).contains(today));
    }

    @Test
    void an_offer_nobody_confirmed_for_a_year_is_flagged_its_provider_asked_once_and_the_link_confirms_it() {
        long id = published("Nachhilfe " + TestOffers.uniqueWord());
        confirmedOn(id, today.minusMonths(13));
        jdbc.update("update offer set valid_until = null where id = ?", id);
        int mailsBefore = inbox.to(email).size();

        TestAccounts.signIn(testAccounts.moderator());
        assertThat(expiring.unconfirmed("de")).filteredOn(u -> u.id() == id).singleElement().satisfies(u -> {
            assertThat(u.asked()).isFalse();
            assertThat(u.confirmedOn()).isEqualTo(today.minusMonths(13));
            // Not asked yet: never sooner than sixty days from today.
            assertThat(u.leavesOn()).isEqualTo(today.plusDays(60));
        });
        SystemActor.run(() -> {
            assertThat(freshness.retireUnconfirmed()).isZero();
            freshness.askUnconfirmed();
            freshness.askUnconfirmed();
        });
        MimeMessage asked = inbox.await(email, mailsBefore + 1);
        // The provider registered in Arabic: the mail is in Arabic, with the day it leaves the list.
        assertThat(Inbox.body(asked)).doesNotContain("Hallo").contains("/offer/" + id + "/still-valid/");
        // The provider is new to this test, and the body of a sent mail is emptied: count by recipient and kind.
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and kind = 'mail.confirm'",
                Integer.class, email))
                .as("asked once, not every night").isEqualTo(1);
        assertThat(expiring.unconfirmed("de")).filteredOn(u -> u.id() == id).singleElement()
                .satisfies(u -> assertThat(u.asked()).isTrue());
        assertThat(publicOffers.published(id, "de")).as("still public during the grace period").isPresent();

        String path = Inbox.linkPath(asked, "/offer/" + id + "/still-valid/");
        Optional<OfferFreshness.Confirmation> confirmed = freshness.confirmStillValid(id,
                path.substring(path.lastIndexOf('/') + 1));
        assertThat(confirmed).hasValueSatisfying(c -> {
            assertThat(c.confirmedOn()).isEqualTo(today);
            assertThat(c.validUntil()).as("an open-ended offer stays open-ended").isEmpty();
        });
        assertThat(expiring.unconfirmed("de")).noneMatch(u -> u.id() == id);
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.confirmedOn()).contains(today));
    }

    @Test
    void sixty_days_after_the_asking_it_leaves_the_list_kept_and_the_new_link_brings_it_back() {
        long id = published("Bewerbungstraining " + TestOffers.uniqueWord());
        confirmedOn(id, today.minusMonths(15));
        jdbc.update("update offer set confirm_asked_on = ? where id = ?", today.minusDays(59), id);
        SystemActor.run(() -> freshness.retireUnconfirmed());
        assertThat(state(id)).as("a day of grace left").isEqualTo("PUBLISHED");

        jdbc.update("update offer set confirm_asked_on = ? where id = ?", today.minusDays(60), id);
        int mailsBefore = inbox.to(email).size();
        SystemActor.run(() -> assertThat(freshness.retireUnconfirmed()).isGreaterThanOrEqualTo(1));
        assertThat(state(id)).isEqualTo("EXPIRED");
        assertThat(publicOffers.published(id, "de")).isEmpty();
        assertThat(audit.about("offer", id)).extracting(AuditEntry::getAction).contains("OFFER_EXPIRED");

        MimeMessage retired = inbox.await(email, mailsBefore + 1);
        String path = Inbox.linkPath(retired, "/offer/" + id + "/still-valid/");
        assertThat(freshness.confirmStillValid(id, path.substring(path.lastIndexOf('/') + 1))).hasValueSatisfying(
                c -> assertThat(c.validUntil()).as("a date months away is kept").contains(today.plusMonths(6)));
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.confirmedOn()).contains(today));
    }

    @Test
    void staff_mark_an_offer_checked_under_their_name() {
        long id = published("Sprechstunde " + TestOffers.uniqueWord());
        confirmedOn(id, today.minusMonths(14));
        AccountUser moderator = testAccounts.moderator();
        TestAccounts.signIn(moderator);
        assertThat(expiring.unconfirmed("de")).anyMatch(u -> u.id() == id);

        assertThat(expiring.confirm(id)).isEqualTo(today);
        assertThat(expiring.unconfirmed("de")).noneMatch(u -> u.id() == id);
        assertThat(audit.about("offer", id)).filteredOn(e -> e.getAction().equals("CONFIRMED_BY_STAFF"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isNotEqualTo("system"));
    }

    private long published(String title) {
        long id = editing.save(testOffers.form(title));
        editing.submit(id);
        SystemActor.run(() -> review.publish(id));
        return id;
    }

    private void confirmedOn(long id, LocalDate day) {
        jdbc.update("update offer set confirmed_on = ?, confirm_asked_on = null where id = ?", day, id);
    }

    private String state(long id) {
        return jdbc.queryForObject("select review_state from offer where id = ?", String.class, id);
    }

    private String title(long id) {
        return jdbc.queryForObject("select title from offer_text where offer_id = ? and language = 'de'", String.class, id);
    }
}
