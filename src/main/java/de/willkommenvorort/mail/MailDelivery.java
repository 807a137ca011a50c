package de.willkommenvorort.mail;

import de.willkommenvorort.i18n.Language;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what waits in the outbox (decision 028), on a thread of its own: right after the commit
 * that wrote a mail, and every few seconds for mail whose next try is due. Each mail is first
 * claimed with a conditional UPDATE (only a WAITING, due, unclaimed row; the claim ends after
 * {@link #CLAIM}), so that two instances on one database never send one mail both. A failure
 * waits 1, 2, 4 … minutes (at most four hours) for the next try; after two days, or at once if the
 * server refused the recipient for good, the mail is FAILED and waits for staff at /staff/mail.
 * The body of a sent mail (one-time links) is emptied when it is marked sent.
 */
@Component
class MailDelivery {

    /** How long a claim holds: far longer than one mail takes with the SMTP time-outs (about a minute). */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** Sent mail (already without body) is deleted after this. */
    static final Duration KEEP_SENT = Duration.ofDays(3);
    /** Failed mail is deleted this long after it failed, unless staff tried it again. */
    static final Duration KEEP_FAILED = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    private static final int MOST_BATCHES = 20;

    /** A mail this instance holds the claim of. */
    private record Outgoing(long id, String claim, String recipient, String replyTo, String language, String kind,
                            String subject, String body, int attempts, Instant giveUpAt) {
    }

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final Clock clock;
    private final String from;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread mailThread = new Thread(task, "mail-delivery");
        mailThread.setDaemon(true);
        return mailThread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    MailDelivery(JdbcClient jdbc, JavaMailSender sender, Clock clock, @Value("${wvo.mail.from}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    /**
     * Sends what is due on the mail thread, soon. Calls while a run waits to start make no second
     * run: that run starts after them and finds what they committed.
     */
    void soon() {
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                requested.set(false);
                try {
                    deliverDue(clock.instant());
                } catch (RuntimeException e) {
                    // The database may be away for a moment: the next poll tries again.
                    log.warn("Mail delivery interrupted: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            requested.set(false);
        }
    }

    /** Sends what is due soon after the current transaction commits (nothing if it rolls back). */
    void soonAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                soon();
            }
        });
    }

    /** Every few seconds: retries that have come due, and mail another instance wrote. */
    @Scheduled(fixedDelayString = "${wvo.mail.poll:PT5S}", initialDelayString = "${wvo.mail.poll:PT5S}")
    public void poll() {
        soon();
    }

    /** Sends every mail due at {@code now} that no one else holds; returns how many left. */
    int deliverDue(Instant now) {
        int sent = 0;
        for (int batch = 0; batch < MOST_BATCHES; batch++) {
            List<Long> due = jdbc.sql("""
                            SELECT id FROM mail_outbox
                            WHERE state = 'WAITING' AND next_attempt_at <= :now
                              AND (claimed_until IS NULL OR claimed_until < :now)
                            ORDER BY next_attempt_at, id LIMIT :batch""")
                    .param("now", Timestamp.from(now)).param("batch", BATCH)
                    .query(Long.class).list();
            for (long id : due) {
                Optional<Outgoing> mail = claim(id, now);
                if (mail.isPresent() && deliver(mail.get(), now)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    /** Takes the mail if it is still waiting, due and unclaimed: one UPDATE, so only one instance can. */
    private Optional<Outgoing> claim(long id, Instant now) {
        String claim = UUID.randomUUID().toString();
        int taken = jdbc.sql("""
                        UPDATE mail_outbox SET claimed_by = :claim, claimed_until = :until
                        WHERE id = :id AND state = 'WAITING' AND next_attempt_at <= :now
                          AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("claim", claim).param("until", Timestamp.from(now.plus(CLAIM)))
                .param("id", id).param("now", Timestamp.from(now))
                .update();
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id, claimed_by, recipient, reply_to, language, kind, subject, body, attempts, give_up_at
                        FROM mail_outbox WHERE id = :id AND claimed_by = :claim""")
                .param("id", id).param("claim", claim)
                .query(MailDelivery::outgoing).optional();
    }

    private boolean deliver(Outgoing mail, Instant now) {
        try {
            sender.send(message(mail));
        } catch (RuntimeException failure) {
            failed(mail, failure, now);
            return false;
        }
        jdbc.sql("""
                        UPDATE mail_outbox SET state = 'SENT', sent_at = :now, body = NULL, attempts = attempts + 1,
                               claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :claim""")
                .param("now", Timestamp.from(now)).param("id", mail.id()).param("claim", mail.claim())
                .update();
        return true;
    }

    private void failed(Outgoing mail, RuntimeException failure, Instant now) {
        int attempts = mail.attempts() + 1;
        String error = MailRetry.describe(failure);
        boolean refused = MailRetry.permanent(failure);
        if (refused || !now.isBefore(mail.giveUpAt())) {
            jdbc.sql("""
                            UPDATE mail_outbox SET state = 'FAILED', failed_at = :now, attempts = :attempts,
                                   last_error = :error, claimed_by = NULL, claimed_until = NULL
                            WHERE id = :id AND claimed_by = :claim""")
                    .param("now", Timestamp.from(now)).param("attempts", attempts).param("error", error)
                    .param("id", mail.id()).param("claim", mail.claim())
                    .update();
            log.warn("Mail {} ({}) given up after {} attempts{}: {}", mail.id(), mail.kind(), attempts,
                    refused ? ", refused for good" : "", error);
            return;
        }
        Instant next = now.plus(MailRetry.delayAfter(attempts));
        jdbc.sql("""
                        UPDATE mail_outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error,
                               claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :claim""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("error", error)
                .param("id", mail.id()).param("claim", mail.claim())
                .update();
        log.warn("Mail {} ({}) not sent, attempt {}, next at {}: {}", mail.id(), mail.kind(), attempts, next, error);
    }

    /** The message as it was always sent: plain text, UTF-8, in the recipient's language, marked automatic. */
    private MimeMessage message(Outgoing mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            if (mail.replyTo() != null) {
                helper.setReplyTo(mail.replyTo());
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            message.setHeader("Content-Language", Language.ofCode(mail.language())
                    .map(language -> language.locale().toLanguageTag()).orElse(mail.language()));
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** Every night on one instance: sent mail after {@link #KEEP_SENT}, failed mail after {@link #KEEP_FAILED}. */
    @Scheduled(cron = "${wvo.mail.cleanup:0 40 4 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "mail-cleanup", lockAtMostFor = "PT10M")
    public void nightly() {
        LockAssert.assertLocked();
        int deleted = cleanUp(clock.instant());
        log.info("Mail outbox: {} old mails deleted", deleted);
    }

    int cleanUp(Instant now) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE state = 'SENT' AND sent_at < :sent")
                .param("sent", Timestamp.from(now.minus(KEEP_SENT))).update()
                + jdbc.sql("DELETE FROM mail_outbox WHERE state = 'FAILED' AND failed_at < :failed")
                .param("failed", Timestamp.from(now.minus(KEEP_FAILED))).update();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        // A mail being handed to the server may finish; one not marked sent is claimed again later.
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static Outgoing outgoing(ResultSet rs, int row) throws SQLException {
        return new Outgoing(rs.getLong("id"), rs.getString("claimed_by"), rs.getString("recipient"),
                rs.getString("reply_to"), rs.getString("language"), rs.getString("kind"), rs.getString("subject"),
                rs.getString("body"), rs.getInt("attempts"), rs.getTimestamp("give_up_at").toInstant());
    }
}
