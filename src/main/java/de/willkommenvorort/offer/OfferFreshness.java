package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.security.SecureTokens;
import de.willkommenvorort.security.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps published offers current. Every night: offers past their valid-until date expire (they
 * leave the public list but are kept), and providers whose offers end within
 * {@link #REMIND_DAYS} days get a mail with a one-click "still valid" link. Offers nobody confirmed
 * for the county's time ({@link ConfirmationTerms}) are flagged to staff and their providers asked
 * with the same link; after the grace period they expire too.
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
    private final ConfirmationTerms terms;
    private final Clock clock;

    /** What the one-click link did: the offer's valid-until date (empty: open-ended) and the day it was confirmed. */
    public record Confirmation(Optional<LocalDate> validUntil, LocalDate confirmedOn) {
    }

    OfferFreshness(OfferRepository offers, ReviewStates states, AccountService accounts, Mailer mailer,
                   TransactionTemplate transaction, ConfirmationTerms terms, Optional<Clock> clock) {
        this.offers = offers;
        this.terms = terms;
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
            int retired = retireUnconfirmed();
            int asked = askUnconfirmed();
            log.info("Offer freshness: {} expired, {} reminders written, {} unconfirmed retired, {} providers asked to confirm",
                    expired, reminded, retired, asked);
        });
    }

    /** Expires every published offer whose valid-until date has passed; each in its own transaction. */
    int expireDue() {
        LocalDate today = today();
        int count = 0;
        for (Offer due : transaction.execute(status -> offers.validBefore(ReviewState.PUBLISHED, today))) {
            // The expiry and its mail commit together.
            Boolean expired = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                if (current.getReviewState() == ReviewState.PUBLISHED && current.getValidUntil().isBefore(today)) {
                    states.move(current, ReviewState.EXPIRED, null, null);
                    Notice notice = Notice.of(current);
                    tell(notice.providerId(), "mail.expired", language -> new Object[] {
                            null, notice.title(), LocalFormats.date(notice.validUntil(), language), "", mailer.link("/my")});
                    return true;
                }
                return false;
            });
            if (Boolean.TRUE.equals(expired)) {
                count++;
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
            // The link (as a hash) and the mail that carries it commit together; the outbox sends it.
            Boolean told = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                current.remindedFor(current.getValidUntil(), SecureTokens.sha256(token));
                Notice notice = Notice.of(current);
                if (!tell(notice.providerId(), "mail.reminder", language -> new Object[] {
                        null, notice.title(), LocalFormats.date(notice.validUntil(), language), stillValidLink(notice, token),
                        mailer.link("/my")})) {
                    // Nobody to tell (yet): asked again next night.
                    status.setRollbackOnly();
                    return false;
                }
                states.record(current.getId(), "REMINDER_SENT", String.valueOf(current.getValidUntil()));
                return true;
            });
            if (Boolean.TRUE.equals(told)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Asks the provider of each published offer nobody confirmed for {@link ConfirmationTerms#months()}
     * to confirm it, with a one-click link; once per confirmation. Staff see these offers flagged.
     */
    int askUnconfirmed() {
        LocalDate today = today();
        int count = 0;
        for (Offer due : transaction.execute(status -> offers.publishedUnconfirmedSince(terms.flaggedIfBefore(today)))) {
            if (due.getConfirmAskedOn() != null) {
                continue;
            }
            String token = SecureTokens.newToken();
            Boolean asked = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                if (current.getReviewState() != ReviewState.PUBLISHED || current.getConfirmAskedOn() != null
                        || !terms.flagged(current.getConfirmedOn(), today)) {
                    return false;
                }
                current.askedToConfirm(today, SecureTokens.sha256(token));
                Notice notice = Notice.of(current);
                LocalDate confirmedOn = current.getConfirmedOn();
                LocalDate leavesOn = terms.leavesOn(confirmedOn, today, today);
                boolean mailed = tell(notice.providerId(), "mail.confirm", language -> new Object[] {
                        null, notice.title(), LocalFormats.date(confirmedOn, language), stillValidLink(notice, token),
                        LocalFormats.date(leavesOn, language), mailer.link("/my")});
                // Flagged from today, even with nobody to mail: staff see it, and the grace period runs.
                states.record(current.getId(), "CONFIRMATION_ASKED",
                        "confirmed " + confirmedOn + (mailed ? "" : ", nobody to mail"));
                return true;
            });
            if (Boolean.TRUE.equals(asked)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Takes each published offer nobody confirmed within the county's time and grace period off the
     * public list: it expires (kept, not deleted), and its provider gets a link that brings it back.
     */
    int retireUnconfirmed() {
        LocalDate today = today();
        int count = 0;
        for (Offer due : transaction.execute(status -> offers.publishedUnconfirmedSince(terms.flaggedIfBefore(today)))) {
            if (!terms.due(due.getConfirmedOn(), due.getConfirmAskedOn(), today)) {
                continue;
            }
            String token = SecureTokens.newToken();
            Boolean retired = transaction.execute(status -> {
                Offer current = offers.findById(due.getId()).orElseThrow();
                LocalDate confirmedOn = current.getConfirmedOn();
                if (current.getReviewState() != ReviewState.PUBLISHED
                        || !terms.due(confirmedOn, current.getConfirmAskedOn(), today)) {
                    return false;
                }
                states.move(current, ReviewState.EXPIRED, null, null, "\nconfirmed: " + confirmedOn,
                        "\nconfirmed: " + confirmedOn + " (not since)");
                current.askedToConfirm(today, SecureTokens.sha256(token));
                Notice notice = Notice.of(current);
                tell(notice.providerId(), "mail.unconfirmed", language -> new Object[] {
                        null, notice.title(), LocalFormats.date(confirmedOn, language), stillValidLink(notice, token),
                        mailer.link("/my")});
                return true;
            });
            if (Boolean.TRUE.equals(retired)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The provider clicked "still valid": the offer counts as confirmed today and comes back if it
     * had expired, without new review because its content did not change. An offer that ends
     * within {@link #REMIND_DAYS} days (or ended) stays {@link #EXTEND_MONTHS} more months; an
     * open-ended one stays open-ended. Empty for a wrong or used link.
     */
    public Optional<Confirmation> confirmStillValid(long offerId, String token) {
        if (!SecureTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return SystemActor.call(() -> transaction.execute(status -> offers.findById(offerId)
                .filter(offer -> offer.stillValidLink(SecureTokens.sha256(token)))
                .filter(offer -> offer.getReviewState() == ReviewState.PUBLISHED
                        || offer.getReviewState() == ReviewState.EXPIRED)
                .map(offer -> {
                    LocalDate today = today();
                    LocalDate until = offer.getValidUntil();
                    if (until != null && until.isBefore(today.plusDays(REMIND_DAYS + 1))) {
                        until = (until.isBefore(today) ? today : until).plusMonths(EXTEND_MONTHS);
                    }
                    offer.confirmStillValid(until, today);
                    states.record(offer.getId(), "CONFIRMED_STILL_VALID", until == null ? "confirmed " + today
                            : String.valueOf(until));
                    if (offer.getReviewState() == ReviewState.EXPIRED) {
                        states.move(offer, ReviewState.PUBLISHED, null, null);
                    }
                    return new Confirmation(Optional.ofNullable(offer.getValidUntil()), today);
                })));
    }

    /** What a mail about an offer needs, read inside the transaction. */
    private record Notice(long id, long providerId, String title, LocalDate validUntil) {
        static Notice of(Offer offer) {
            return new Notice(offer.getId(), offer.getProviderId(),
                    offer.getTexts().get(offer.getOriginalLanguage()).getTitle(), offer.getValidUntil());
        }
    }

    private String stillValidLink(Notice offer, String token) {
        return mailer.link("/offer/" + offer.id() + "/still-valid/" + token);
    }

    /**
     * Writes the mail to each of the provider's people into the outbox, with the arguments for
     * their language ({0}, their name, is filled in here); false if there is nobody.
     */
    private boolean tell(long providerId, String key, Function<Language, Object[]> args) {
        boolean told = false;
        for (AccountService.Recipient recipient : accounts.recipientsFor(providerId)) {
            Object[] values = args.apply(recipient.language());
            values[0] = recipient.name();
            mailer.send(recipient.email(), recipient.language(), key, values);
            told = true;
        }
        return told;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COUNTY));
    }
}
