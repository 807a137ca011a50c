package de.willkommenvorort.mail;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail in the recipient's language, through the outbox (decision 028): {@link #send} renders the
 * mail and writes it to the table {@code mail_outbox} in the caller's transaction, so that the
 * mail leaves if and only if what it reports is committed; it leaves right after the commit. A
 * mail server that fails delays the mail (it is tried again for two days) but never the caller:
 * nothing here throws because of the mail server.
 */
@Service
public class Mailer {

    /** One address: a local part, an @ and a domain with a dot; no spaces, nothing more. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    public static final int ADDRESS_MAX = 254;

    private final JdbcClient jdbc;
    private final MailDelivery delivery;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String publicUrl;

    Mailer(JdbcClient jdbc, MailDelivery delivery, TranslationProvider translations, Clock clock,
           @Value("${wvo.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.translations = translations;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether the text is one plausible e-mail address: what every form that asks for one checks. */
    public static boolean validAddress(String address) {
        return address != null && address.length() <= ADDRESS_MAX && ADDRESS.matcher(address).matches();
    }

    /** An absolute link into the app, for a path such as {@code /account/verify?token=…}. */
    public String link(String path) {
        return publicUrl + path;
    }

    /**
     * Queues the mail whose subject and body are the translation keys {@code <key>.subject} and
     * {@code <key>.body}, formatted with the same arguments. It joins the caller's transaction (a
     * rollback takes the mail back) and is sent after the commit, or tried again later.
     */
    @Transactional
    public void send(String to, Language language, String key, Object... args) {
        send(to, null, language, key, args);
    }

    /** As {@link #send(String, Language, String, Object...)}, with a Reply-To address. */
    @Transactional
    public void send(String to, String replyTo, Language language, String key, Object... args) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A mail is written to the outbox: not in a read-only transaction");
        }
        String subject = translations.translate(key + ".subject", language, args);
        String body = translations.translate(key + ".body", language, args)
                + "\n\n-- \n" + translations.translate("mail.signature", language, publicUrl);
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, reply_to, language, kind, subject, body, state, created_at,
                                                 attempts, next_attempt_at, give_up_at)
                        VALUES (:to, :replyTo, :language, :kind, :subject, :body, 'WAITING', :now, 0, :now, :giveUp)""")
                .param("to", to)
                .param("replyTo", replyTo)
                .param("language", language.code())
                .param("kind", key)
                .param("subject", subject)
                .param("body", body)
                .param("now", now)
                .param("giveUp", Timestamp.from(now.toInstant().plus(MailRetry.GIVE_UP_AFTER)))
                .update();
        delivery.soonAfterCommit();
    }
}
