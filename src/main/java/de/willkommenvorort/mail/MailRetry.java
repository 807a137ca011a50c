package de.willkommenvorort.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * When a mail that could not leave is tried again, when it is given up, and what staff read about
 * the failure (decision 028).
 */
final class MailRetry {

    /** The first retry comes after this; each further one after twice the last. */
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    /** No wait is longer: a server back after a night's outage gets its mail within a few hours. */
    static final Duration LONGEST_DELAY = Duration.ofHours(4);
    /** A mail that could not be sent for this long is given up (FAILED) at its next failure. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(2);
    static final int ERROR_MAX = 200;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private MailRetry() {
    }

    /** The wait after the given number of failed attempts (1, 2, 4 … minutes, at most four hours). */
    static Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 30) {
            return LONGEST_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /**
     * Whether trying again cannot help: the message could not be built (an address that is no
     * address), or the server refused the recipient for good (a 5xx answer to RCPT TO, which
     * JavaMail reports as invalid addresses). Everything else is tried again, also a refused
     * sign-in or a 5xx to the sender: that is the county's configuration, which someone fixes.
     */
    static boolean permanent(Throwable failure) {
        if (failure instanceof MailPreparationException || failure instanceof MailParseException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            for (Exception each : send.getFailedMessages().values()) {
                if (recipientRefused(each)) {
                    return true;
                }
            }
            return false;
        }
        return recipientRefused(failure);
    }

    private static boolean recipientRefused(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = next(t)) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != t) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /**
     * A short, technical description for staff and the log: the innermost exception's type and
     * message, with anything that looks like an e-mail address taken out.
     */
    static String describe(Throwable failure) {
        Throwable start = failure;
        if (failure instanceof MailSendException send && send.getCause() == null && !send.getFailedMessages().isEmpty()) {
            start = send.getFailedMessages().values().iterator().next();
        }
        Throwable root = start;
        int depth = 0;
        for (Throwable t = start; t != null && depth++ < 20; t = next(t)) {
            root = t;
        }
        String message = root.getMessage() == null ? "" : ADDRESS.matcher(root.getMessage()).replaceAll("…");
        String text = (root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip()))
                .replaceAll("\\s+", " ");
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
