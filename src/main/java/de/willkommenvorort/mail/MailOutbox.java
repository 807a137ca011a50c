package de.willkommenvorort.mail;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox holds (decision 028). The counts are open to the app (for the staff navigation
 * and, later, metrics); the list of unsent mail, with addresses, and the actions on it are for
 * administrators. Trying a mail again and discarding it are recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    /** At most this many unsent mails are listed, failed first, then the oldest. */
    public static final int LISTED = 100;

    private final JdbcClient jdbc;
    private final MailDelivery delivery;
    private final AuditLog audit;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, MailDelivery delivery, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mail not sent yet that will be sent or tried again. */
    public long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'WAITING'").query(Long.class).single();
    }

    /** Waiting mail whose sending failed at least once: the mail server is failing, or was. */
    public long delayed() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'WAITING' AND attempts > 0")
                .query(Long.class).single();
    }

    /** Mail given up on, waiting for staff to try it again or discard it. */
    public long failed() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'FAILED'").query(Long.class).single();
    }

    /** Unsent mail: failed first, then by age; at most {@link #LISTED}. */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public List<OutboxMail> unsent() {
        return jdbc.sql("""
                        SELECT id, recipient, subject, kind, state, created_at, attempts, next_attempt_at, last_error
                        FROM mail_outbox WHERE state IN ('WAITING', 'FAILED')
                        ORDER BY state = 'WAITING', created_at, id LIMIT :limit""")
                .param("limit", LISTED)
                .query(MailOutbox::mail).list();
    }

    /**
     * Makes a waiting or failed mail due now (a failed one gets two more days of tries) and starts
     * sending after the commit. False if it is sent, gone, or being sent at this moment.
     */
    @Transactional
    @Secured("ROLE_" + AppRoles.ADMIN)
    public boolean tryAgain(long id) {
        Optional<OutboxMail> mail = unsentUnclaimed(id);
        if (mail.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE mail_outbox SET state = 'WAITING', next_attempt_at = :now, failed_at = NULL,
                               give_up_at = GREATEST(give_up_at, :giveUp)
                        WHERE id = :id""")
                .param("now", Timestamp.from(now)).param("giveUp", Timestamp.from(now.plus(MailRetry.GIVE_UP_AFTER)))
                .param("id", id).update();
        audit.record(Actor.current(), "MAIL_RETRIED", "mail", id, detail(mail.get()));
        delivery.soonAfterCommit();
        return true;
    }

    /** Deletes a waiting or failed mail unsent. False if it is sent, gone, or being sent at this moment. */
    @Transactional
    @Secured("ROLE_" + AppRoles.ADMIN)
    public boolean discard(long id) {
        Optional<OutboxMail> mail = unsentUnclaimed(id);
        if (mail.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM mail_outbox WHERE id = :id").param("id", id).update();
        audit.record(Actor.current(), "MAIL_DISCARDED", "mail", id, detail(mail.get()));
        return true;
    }

    /** The row, locked for this transaction, if it is unsent and no instance is sending it. */
    private Optional<OutboxMail> unsentUnclaimed(long id) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, kind, state, created_at, attempts, next_attempt_at, last_error
                        FROM mail_outbox WHERE id = :id AND state IN ('WAITING', 'FAILED')
                          AND (claimed_until IS NULL OR claimed_until < :now)
                        FOR UPDATE""")
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .query(MailOutbox::mail).optional();
    }

    /** What the audit trail keeps: the kind of mail and its fate, not the address or the text. */
    private static String detail(OutboxMail mail) {
        return "kind: " + mail.kind() + "\nstate: " + mail.state() + "\nattempts: " + mail.attempts()
                + "\ncreated: " + mail.createdAt() + mail.lastError().map(e -> "\nlast error: " + e).orElse("");
    }

    private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
        OutboxMail.State state = OutboxMail.State.valueOf(rs.getString("state"));
        return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("kind"),
                state, rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"),
                state == OutboxMail.State.WAITING ? Optional.of(rs.getTimestamp("next_attempt_at").toInstant())
                        : Optional.empty(),
                Optional.ofNullable(rs.getString("last_error")));
    }
}
