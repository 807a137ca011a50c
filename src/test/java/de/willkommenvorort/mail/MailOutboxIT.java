package de.willkommenvorort.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail through the outbox with a mail server that fails: the GreenMail server is stopped, as a
 * county's server goes down, and started again. Nothing is lost, nothing is sent twice. Time after
 * the first try is the test's: it hands the delivery the moment of each retry instead of waiting.
 */
@AppTest
class MailOutboxIT {

    @Autowired
    MailDelivery delivery;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    AccountService accounts;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Inbox inbox;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    JavaMailSender sender;
    @Autowired
    @Qualifier("loggingMailSender")
    JavaMailSender loggedMail;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transaction;
    @Value("${wvo.mail.from}")
    String from;

    @AfterEach
    void serverBackAndSignedOut() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
        TestAccounts.signOut();
    }

    @Test
    void a_registration_is_kept_while_the_mail_server_is_down_and_its_link_arrives_once_it_is_back() {
        String email = TestAccounts.uniqueEmail();
        greenMail.stop();

        accounts.register(new Registration(ProviderKind.CLUB, "Sportverein Auenthal", "Maria Muster",
                municipalities.all().getFirst().id(), email, "Kaffee mit Milch am Morgen", "de", true), "10.0.8.1");

        assertThat(accounts.loadUserByUsername(email).isEnabled()).as("the registration is kept, unverified").isFalse();
        Map<String, Object> tried = awaitRow(email, row -> ((Number) row.get("attempts")).intValue() == 1);
        assertThat(tried.get("state")).isEqualTo("WAITING");
        assertThat((String) tried.get("last_error")).as("technical, without the address")
                .contains("Connect").doesNotContain(email);
        assertThat(Duration.between(instant(tried, "created_at"), instant(tried, "next_attempt_at")))
                .as("the first retry a minute after the first try")
                .isBetween(Duration.ofMinutes(1), Duration.ofMinutes(1).plusSeconds(10));

        greenMail.start();
        Instant due = instant(tried, "next_attempt_at");
        assertThat(delivery.deliverDue(due.minusSeconds(1))).as("not due yet").isZero();
        assertThat(delivery.deliverDue(due)).isGreaterThanOrEqualTo(1);

        String path = Inbox.linkPath(inbox.await(email, 1), "/account/verify/");
        assertThat(accounts.verify(path.substring("/account/verify/".length())))
                .isEqualTo(AccountService.LinkResult.DONE);
        delivery.deliverDue(due.plus(Duration.ofHours(1)));
        assertThat(inbox.to(email)).as("delivered exactly once").hasSize(1);
        Map<String, Object> sent = row(email);
        assertThat(sent.get("state")).isEqualTo("SENT");
        assertThat(sent.get("body")).as("the one-time link is not kept").isNull();
        assertThat(sent.get("attempts")).isEqualTo(2);
    }

    @Test
    void retries_wait_twice_as_long_each_time_and_after_two_days_the_mail_is_failed_and_shown_to_staff() {
        String email = TestAccounts.uniqueEmail();
        greenMail.stop();
        queue(email);
        Map<String, Object> row = awaitRow(email, r -> ((Number) r.get("attempts")).intValue() == 1);
        Instant created = instant(row, "created_at");

        List<Long> waits = new ArrayList<>();
        Instant previous = instant(row, "next_attempt_at");
        waits.add(Duration.between(created, previous).toMinutes());
        for (int i = 0; i < 100 && "WAITING".equals(row.get("state")); i++) {
            delivery.deliverDue(previous);
            row = row(email);
            if ("WAITING".equals(row.get("state"))) {
                Instant next = instant(row, "next_attempt_at");
                waits.add(Duration.between(previous, next).toMinutes());
                previous = next;
            }
        }

        assertThat(waits).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 240L, 240L);
        assertThat(waits).as("never longer than four hours").allMatch(w -> w <= 240);
        assertThat(row.get("state")).isEqualTo("FAILED");
        Duration tried = Duration.between(created, instant(row, "failed_at"));
        assertThat(tried).as("given up after two days of tries")
                .isBetween(Duration.ofDays(2), Duration.ofDays(2).plusHours(4));
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(waits.size() + 1);

        TestAccounts.signIn(testAccounts.admin());
        assertThat(outbox.failed()).isPositive();
        long id = ((Number) row.get("id")).longValue();
        assertThat(outbox.unsent()).filteredOn(m -> m.id() == id).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(email);
            assertThat(mail.state()).isEqualTo(OutboxMail.State.FAILED);
            assertThat(mail.attempts()).isEqualTo(waits.size() + 1);
            assertThat(mail.nextAttemptAt()).isEmpty();
            assertThat(mail.lastError()).hasValueSatisfying(e -> assertThat(e).doesNotContain(email));
        });

        greenMail.start();
        assertThat(outbox.tryAgain(id)).isTrue();
        assertThat(Inbox.body(inbox.await(email, 1))).as("sent right after staff's retry").contains("/account/reset/");
        assertThat(awaitRow(email, r -> "SENT".equals(r.get("state")))).isNotNull();
        assertThat(audit.about("mail", id)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("MAIL_RETRIED");
            assertThat(entry.getDetail()).contains("mail.reset", "FAILED").doesNotContain(email);
        });
        assertThat(outbox.tryAgain(id)).as("a sent mail is not sent again").isFalse();
    }

    @Test
    void staff_discard_a_waiting_mail_which_is_then_never_sent_and_the_audit_trail_says_so() {
        String email = TestAccounts.uniqueEmail();
        greenMail.stop();
        queue(email);
        Map<String, Object> row = awaitRow(email, r -> ((Number) r.get("attempts")).intValue() == 1);
        long id = ((Number) row.get("id")).longValue();
        TestAccounts.signIn(testAccounts.admin());
        assertThat(outbox.waiting()).isPositive();
        assertThat(outbox.delayed()).isPositive();

        assertThat(outbox.discard(id)).isTrue();
        assertThat(outbox.discard(id)).isFalse();
        greenMail.start();
        delivery.deliverDue(instant(row, "next_attempt_at").plus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email))
                .isZero();
        assertThat(inbox.to(email)).isEmpty();
        assertThat(audit.about("mail", id)).singleElement()
                .satisfies(entry -> assertThat(entry.getAction()).isEqualTo("MAIL_DISCARDED"));
    }

    @Test
    void two_instances_racing_for_the_same_mails_send_each_one_once() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            emails.add(TestAccounts.uniqueEmail());
        }
        greenMail.stop();
        transaction.executeWithoutResult(status -> emails.forEach(this::queueHere));
        Instant due = Instant.EPOCH;
        for (String email : emails) {
            Instant next = instant(awaitRow(email, r -> ((Number) r.get("attempts")).intValue() == 1), "next_attempt_at");
            due = next.isAfter(due) ? next : due;
        }
        greenMail.start();

        // A second instance: its own delivery on the same database and the same mail server.
        MailDelivery other = new MailDelivery(jdbcClient, sender, clock, from);
        CyclicBarrier start = new CyclicBarrier(2);
        Instant at = due;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> here = two.submit(() -> {
                start.await();
                return delivery.deliverDue(at);
            });
            Future<Integer> there = two.submit(() -> {
                start.await();
                return other.deliverDue(at);
            });
            assertThat(here.get() + there.get()).as("sent by both together").isGreaterThanOrEqualTo(emails.size());
        } finally {
            two.shutdown();
            other.stop();
        }
        for (String email : emails) {
            inbox.await(email, 1);
        }
        delivery.deliverDue(at.plus(Duration.ofHours(1)));
        for (String email : emails) {
            assertThat(inbox.to(email)).as("mails to %s", email).hasSize(1);
            assertThat(row(email).get("state")).isEqualTo("SENT");
        }
    }

    @Test
    void a_recipient_the_message_cannot_carry_fails_at_once_and_is_not_tried_for_two_days() {
        String two = TestAccounts.uniqueEmail() + ", " + TestAccounts.uniqueEmail();
        queue(two);
        Map<String, Object> row = awaitRow(two, r -> "FAILED".equals(r.get("state")));
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("AddressException").doesNotContain("@");
    }

    @Test
    void a_sent_mail_keeps_no_body_and_goes_after_three_days_a_failed_one_after_thirty() {
        String sentTo = TestAccounts.uniqueEmail();
        String failedTo = TestAccounts.uniqueEmail() + ", " + TestAccounts.uniqueEmail();
        queue(sentTo);
        queue(failedTo);
        inbox.await(sentTo, 1);
        Map<String, Object> sent = awaitRow(sentTo, r -> "SENT".equals(r.get("state")));
        Map<String, Object> failed = awaitRow(failedTo, r -> "FAILED".equals(r.get("state")));
        assertThat(sent.get("body")).isNull();
        assertThat(failed.get("body")).as("kept for staff").isNotNull();

        delivery.cleanUp(instant(sent, "sent_at").plus(Duration.ofDays(3)).minusSeconds(60));
        assertThat(count(sentTo)).as("kept three days").isEqualTo(1);
        delivery.cleanUp(instant(sent, "sent_at").plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(count(sentTo)).isZero();
        assertThat(count(failedTo)).as("a failed mail waits for staff").isEqualTo(1);
        delivery.cleanUp(instant(failed, "failed_at").plus(Duration.ofDays(30)).plusSeconds(60));
        assertThat(count(failedTo)).isZero();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void without_a_mail_server_the_demo_writes_each_mail_from_the_outbox_to_the_log(CapturedOutput log) throws Exception {
        String email = TestAccounts.uniqueEmail();
        greenMail.stop();
        queue(email);
        Map<String, Object> row = awaitRow(email, r -> ((Number) r.get("attempts")).intValue() == 1);

        // The demo profile's sender when SPRING_MAIL_HOST is unset (the tests' GreenMail sender takes its place).
        MailDelivery demo = new MailDelivery(jdbcClient, loggedMail, clock, from);
        try {
            assertThat(demo.deliverDue(instant(row, "next_attempt_at"))).isGreaterThanOrEqualTo(1);
        } finally {
            demo.stop();
        }
        assertThat(row(email).get("state")).isEqualTo("SENT");
        assertThat(log.getOut()).contains("Mail to " + email, "/account/reset/abc");
    }

    /** A reset mail to the address, written in a transaction of its own. */
    private void queue(String to) {
        transaction.executeWithoutResult(status -> queueHere(to));
    }

    private void queueHere(String to) {
        mailer.send(to, Language.SOURCE, "mail.reset", "Maria Muster", mailer.link("/account/reset/abc"), 60);
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.queryForMap("SELECT * FROM mail_outbox WHERE recipient = ?", recipient);
    }

    private int count(String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, recipient);
    }

    /** Waits up to ten seconds for the delivery thread to leave the row as wanted. */
    private Map<String, Object> awaitRow(String recipient, Predicate<Map<String, Object>> wanted) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<String, Object> row = row(recipient);
        while (!wanted.test(row)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("The mail to " + recipient + " stayed " + row);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            row = row(recipient);
        }
        return row;
    }

    private static Instant instant(Map<String, Object> row, String column) {
        return ((Timestamp) row.get(column)).toInstant();
    }
}
