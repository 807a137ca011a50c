package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.mail.Mailer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a provider about staff's decision, in the provider's language, once the decision is
 * committed: a rolled-back decision mails nobody, and a mail that fails does not undo the decision
 * (the provider also sees it in their list).
 */
@Component
class ReviewMail {

    private static final Logger log = LoggerFactory.getLogger(ReviewMail.class);

    private final AccountService accounts;
    private final Mailer mailer;
    private final TranslationProvider translations;

    ReviewMail(AccountService accounts, Mailer mailer, TranslationProvider translations) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.translations = translations;
    }

    /**
     * Sends {@code key} ({@code .subject}/{@code .body}) after the commit, with the arguments
     * name, title, the reason in the recipient's language, the note, and the link to their list.
     */
    void afterCommit(Offer offer, String key, RejectionReason reason, String note) {
        long providerId = offer.getProviderId();
        String title = offer.getTexts().get(offer.getOriginalLanguage()).getTitle();
        // Read now, inside the transaction; only the sending waits for the commit.
        List<AccountService.Recipient> recipients = accounts.recipientsFor(providerId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (AccountService.Recipient recipient : recipients) {
                    try {
                        mailer.send(recipient.email(), recipient.language(), key, recipient.name(), title,
                                reason == null ? "" : translations.translate(reason.labelKey(), recipient.language()),
                                note == null ? "" : note, mailer.link("/my"));
                    } catch (MailException e) {
                        // A mail error names the address it failed for: only its kind goes to the log.
                        log.warn("Could not mail provider {} about a decision: {}", providerId,
                                e.getClass().getSimpleName());
                    }
                }
            }
        });
    }
}
