package de.willkommenvorort.mail;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail in the recipient's language. A failure throws, so that a caller inside a
 * transaction rolls back rather than keep a registration whose link never left.
 */
@Service
public class Mailer {

    /** One address: a local part, an @ and a domain with a dot; no spaces, nothing more. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    public static final int ADDRESS_MAX = 254;

    private final JavaMailSender sender;
    private final TranslationProvider translations;
    private final String from;
    private final String publicUrl;

    Mailer(JavaMailSender sender, TranslationProvider translations,
           @Value("${wvo.mail.from}") String from, @Value("${wvo.public-url}") String publicUrl) {
        this.sender = sender;
        this.translations = translations;
        this.from = from;
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
     * Sends the mail whose subject and body are the translation keys {@code <key>.subject} and
     * {@code <key>.body}, formatted with the same arguments.
     */
    public void send(String to, Language language, String key, Object... args) throws MailException {
        send(to, null, language, key, args);
    }

    /** As {@link #send(String, Language, String, Object...)}, with a Reply-To address. */
    public void send(String to, String replyTo, Language language, String key, Object... args) throws MailException {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            if (replyTo != null) {
                helper.setReplyTo(replyTo);
            }
            helper.setSubject(translations.translate(key + ".subject", language, args));
            helper.setText(translations.translate(key + ".body", language, args)
                    + "\n\n-- \n" + translations.translate("mail.signature", language, publicUrl));
            message.setHeader("Content-Language", language.locale().toLanguageTag());
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
