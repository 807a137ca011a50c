package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Tells a provider about staff's decision, in the provider's language. The mail is written to the
 * outbox in the decision's transaction: a rolled-back decision mails nobody, and a mail server
 * that fails delays the mail but never the decision (the provider also sees it in their list).
 */
@Component
class ReviewMail {

    private final AccountService accounts;
    private final Mailer mailer;
    private final TranslationProvider translations;

    ReviewMail(AccountService accounts, Mailer mailer, TranslationProvider translations) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.translations = translations;
    }

    /**
     * Sends {@code key} ({@code .subject}/{@code .body}) with the arguments name, title, the
     * reason in the recipient's language, the note, and the link to their list.
     */
    void send(Offer offer, String key, RejectionReason reason, String note) {
        String title = offer.getTexts().get(offer.getOriginalLanguage()).getTitle();
        for (AccountService.Recipient recipient : accounts.recipientsFor(offer.getProviderId())) {
            mailer.send(recipient.email(), recipient.language(), key, recipient.name(), title,
                    reason == null ? "" : translations.translate(reason.labelKey(), recipient.language()),
                    note == null ? "" : note, mailer.link("/my"));
        }
    }
}
