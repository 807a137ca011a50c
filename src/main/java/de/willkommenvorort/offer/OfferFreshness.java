package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.security.SecureTokens;
import de.willkommenvorort.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps published offers current. Every night: offers past their valid-until date expire (they
 * leave the public list but are kept), and providers whose offers end within
 * {@link #REMIND_DAYS} days get a mail with a one-click "still valid" link.
 */
@Service
public class OfferFreshness {

    public static final int REMIND_DAYS = 14;
    public static final int EXTEND_MONTHS = 6;

    private static final Logger log = LoggerFactory.getLogger(OfferFreshness.class);
    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    private final OfferRepository offers;
    private final ReviewStates states;
    private final AccountService accounts;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OfferFreshness(OfferRepository offers, ReviewStates states, AccountService accounts, Mailer mailer,
                   TransactionTemplate transaction, Optional<Clock> clock) {
        this.offers = offers;
        this.states = states;
        this.accounts = accounts;
        this.mailer = mailer;
        this.transaction = transaction;
        this.clock = clock.orElseGet(() -> Clock.system(COUNTY));
    }

    /**
     * Every night, on one instance (the others skip that night's run, so nobody is told twice):
     * the lock is held five minutes at least, for instances whose clocks differ a little.
     */
    @Scheduled(cron = "${wvo.freshness.cron:0 15 3 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "offer-freshness", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void nightly() {
        LockAssert.assertLocked();
        SystemActor.run(() -> {
            int expired = expireDue();
            int reminded = remindDue();
            log.info("Offer freshness: {} expired, {} reminders sent", expired, reminded);
        });
    }

    /** Expires every published offer whose valid-until date has passed; each in its own transaction. */
    int expireDue() {
        LocalDate today = today();
        int count = 0;
        for (Offer due : transaction.execute(status -> offers.validBefore(ReviewState.PUBLISHED, today))) {
            Notice offer = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                if (current.getReviewState() == ReviewState.PUBLISHED && current.getValidUntil().isBefore(today)) {
                    states.move(current, ReviewState.EXPIRED, null, null);
                    return Notice.of(current);
                }
                return null;
            });
            if (offer != null) {
                count++;
                tell(offer, "mail.expired", null);
            }
        }
        return count;
    }

    /** Mails each provider whose offer ends soon a one-click link, once per valid-until date. */
    int remindDue() {
        LocalDate today = today();
        int count = 0;
        for (Offer due : transaction.execute(status -> offers.dueForReminder(today, today.plusDays(REMIND_DAYS)))) {
            String token = SecureTokens.newToken();
            // The link is stored (as a hash) before the mail goes: a failed mail is retried next night.
            Notice offer = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                current.remindedFor(current.getValidUntil(), SecureTokens.sha256(token));
                states.record(current.getId(), "REMINDER_SENT", String.valueOf(current.getValidUntil()));
                return Notice.of(current);
            });
            if (tell(offer, "mail.reminder", mailer.link("/offer/" + offer.id() + "/still-valid/" + token))) {
                count++;
            } else {
                transaction.executeWithoutResult(status -> offers.findById(offer.id()).orElseThrow()
                        .remindedFor(null, null));
            }
        }
        return count;
    }

    /**
     * The provider clicked "still valid": the offer stays (or comes back) for
     * {@link #EXTEND_MONTHS} more months, without new review because its content did not change.
     * Returns the new valid-until date, or empty for a wrong or used link.
     */
    public Optional<LocalDate> confirmStillValid(long offerId, String token) {
        if (!SecureTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return SystemActor.call(() -> transaction.execute(status -> offers.findById(offerId)
                .filter(offer -> offer.stillValidLink(SecureTokens.sha256(token)))
                .filter(offer -> offer.getReviewState() == ReviewState.PUBLISHED
                        || offer.getReviewState() == ReviewState.EXPIRED)
                .map(offer -> {
                    LocalDate from = offer.getValidUntil() == null || offer.getValidUntil().isBefore(today())
                            ? today() : offer.getValidUntil();
                    offer.confirmStillValid(from.plusMonths(EXTEND_MONTHS));
                    states.record(offer.getId(), "CONFIRMED_STILL_VALID", String.valueOf(offer.getValidUntil()));
                    if (offer.getReviewState() == ReviewState.EXPIRED) {
                        states.move(offer, ReviewState.PUBLISHED, null, null);
                    }
                    return offer.getValidUntil();
                })));
    }

    /** What a mail about an offer needs, read inside the transaction. */
    private record Notice(long id, long providerId, String title, LocalDate validUntil) {
        static Notice of(Offer offer) {
            return new Notice(offer.getId(), offer.getProviderId(),
                    offer.getTexts().get(offer.getOriginalLanguage()).getTitle(), offer.getValidUntil());
        }
    }

    private boolean tell(Notice offer, String key, String link) {
        boolean sent = false;
        for (AccountService.Recipient recipient : accounts.recipientsFor(offer.providerId())) {
            try {
                mailer.send(recipient.email(), recipient.language(), key, recipient.name(), offer.title(),
                        LocalFormats.date(offer.validUntil(), recipient.language()), link == null ? "" : link,
                        mailer.link("/my"));
                sent = true;
            } catch (MailException e) {
                // A mail error names the address it failed for: only its kind goes to the log.
                log.warn("Could not mail provider {} about offer {}: {}", offer.providerId(), offer.id(),
                        e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COUNTY));
    }
}
