package de.willkommenvorort.offer;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.security.AppRoles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events that come from a calendar the county imports: created, changed and cancelled by the
 * import, through the same review as any offer. From a source staff did not mark as trusted, a new
 * event waits for review and a change of a published one becomes a revision that waits for review
 * (the published offer stays as it was until then); from a trusted source (or a trusted provider's
 * own calendar) both go public at once and wait for staff to check them afterwards. What staff
 * decided stays decided: a rejected or archived offer is not brought back by an import. A provider
 * imports only into its own offers.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.ADMIN, "ROLE_" + AppRoles.PROVIDER})
public class ImportedOffers {

    /** What the import makes of one event: a provider's offer in German with its dates. */
    public record ImportedOffer(long providerId, long categoryId, long municipalityId, String street,
                                String postalCode, String placeName, BigDecimal latitude, BigDecimal longitude,
                                String language, String title, String summary, String description, String website,
                                Cost cost, EventRule rule, List<EventRule.Occurrence> cancelled,
                                List<DatePlace> elsewhere) {

        public ImportedOffer {
            Objects.requireNonNull(rule, "rule");
            cancelled = List.copyOf(cancelled);
            elsewhere = List.copyOf(elsewhere);
        }
    }

    /** One date of a series that takes place somewhere else than the series does. */
    public record DatePlace(EventRule.Occurrence date, long municipalityId, String street, String placeName) {
    }

    /** What an update did. */
    public enum Change { APPLIED, WAITS_FOR_REVIEW, LEFT_AS_STAFF_DECIDED }

    private final OfferRepository offers;
    private final ReviewStates states;
    private final Publication publication;

    ImportedOffers(OfferRepository offers, ReviewStates states, Publication publication) {
        this.offers = offers;
        this.states = states;
        this.publication = publication;
    }

    /** A new event: submitted for review, or published at once from a trusted source. Returns its id. */
    public long create(ImportedOffer imported, boolean trusted, LocalDate today) {
        mayImportFor(imported.providerId());
        Offer offer = new Offer(imported.categoryId(), imported.providerId(), imported.language(), imported.cost());
        apply(imported, offer, today);
        long id = offers.save(offer).getId();
        states.record(id, "OFFER_IMPORTED", imported.title());
        states.move(offer, ReviewState.SUBMITTED, null, null);
        if (trusted) {
            publication.unreviewed(offer);
        }
        return id;
    }

    /** The source changed the event. */
    public Change update(long offerId, ImportedOffer imported, boolean trusted, LocalDate today) {
        Offer offer = offers.lockById(offerId).orElseThrow();
        mayImportFor(offer.getProviderId());
        mayImportFor(imported.providerId());
        switch (offer.getReviewState()) {
            case REJECTED, ARCHIVED -> {
                return Change.LEFT_AS_STAFF_DECIDED;
            }
            case DRAFT, SUBMITTED -> {
                apply(imported, offer, today);
                states.record(offerId, "OFFER_IMPORT_CHANGED", imported.title());
                if (offer.getReviewState() == ReviewState.DRAFT) {
                    states.move(offer, ReviewState.SUBMITTED, null, null);
                }
                if (trusted) {
                    publication.unreviewed(offer);
                    return Change.APPLIED;
                }
                return Change.WAITS_FOR_REVIEW;
            }
            default -> {
                // Published or expired: the change is a revision, as a provider's own edit would be.
                Optional<Offer> open = offers.findByRevisionOf(offerId);
                Offer revision = open.orElseGet(() -> offers.save(Offer.revisionOf(offer)));
                apply(imported, revision, today);
                states.record(offerId, "OFFER_IMPORT_CHANGED", "revision " + revision.getId());
                if (revision.getReviewState() != ReviewState.SUBMITTED) {
                    states.move(revision, ReviewState.SUBMITTED, null, null);
                }
                if (trusted) {
                    publication.unreviewed(revision);
                    return Change.APPLIED;
                }
                return Change.WAITS_FOR_REVIEW;
            }
        }
    }

    /**
     * The event is gone from its source: every coming date is cancelled, so that newcomers read
     * "cancelled" rather than find nothing. Nothing is deleted; a later import may bring it back.
     */
    public void cancelUpcoming(long offerId, LocalDate today) {
        Offer offer = offers.lockById(offerId).orElseThrow();
        mayImportFor(offer.getProviderId());
        int cancelled = 0;
        for (EventDate date : offer.getEventDates()) {
            if (!date.date().isBefore(today) && !date.cancelled()) {
                offer.cancelDate(date.date(), date.start());
                cancelled++;
            }
        }
        states.record(offerId, "OFFER_IMPORT_REMOVED", cancelled + " dates cancelled");
    }

    /**
     * The source's event is unchanged, but days passed: a series the app keeps as its list of coming
     * dates (the source's rule is not one the app says in its own words, "every day" for instance)
     * gets the dates that came within reach. They go on the offer, and on its open revision, without
     * review: the series is the one staff already read, as {@link EventSeries} extends the app's own
     * weekly and monthly rules every night. Returns how many dates were added.
     */
    public int extendSeries(long offerId, ImportedOffer imported, LocalDate today) {
        if (!(imported.rule() instanceof EventRule.DateList coming)) {
            return 0;
        }
        Offer offer = offers.lockById(offerId).orElseThrow();
        mayImportFor(offer.getProviderId());
        if (offer.getReviewState() == ReviewState.REJECTED || offer.getReviewState() == ReviewState.ARCHIVED
                || offer.getEventRule().map(EventRule::kind).orElse(null) != EventRule.Kind.LIST) {
            return 0;
        }
        Optional<LocalDate> last = offer.getEventDates().stream().map(EventDate::date).max(LocalDate::compareTo);
        long added = coming.dates().stream().filter(date -> last.map(date.date()::isAfter).orElse(true)).count();
        if (added == 0) {
            return 0;
        }
        applyDates(imported, offer, today);
        offers.findByRevisionOf(offerId).ifPresent(revision -> applyDates(imported, revision, today));
        states.record(offerId, "OFFER_IMPORT_EXTENDED", added + " dates");
        return (int) added;
    }

    /** Staff and the nightly job import for anyone; a provider only into its own offers. */
    private static void mayImportFor(long providerId) {
        if (CurrentAccount.actingProvider().filter(own -> own != providerId).isPresent()) {
            throw new AccessDeniedException("A provider imports only its own calendar");
        }
    }

    /** The event's texts, place and dates, as of {@code today} (the county's day). */
    private static void apply(ImportedOffer imported, Offer offer, LocalDate today) {
        offer.setCategory(imported.categoryId(), imported.language(), imported.cost());
        offer.placeAt(imported.municipalityId(), imported.street(), imported.postalCode(), imported.placeName(),
                imported.latitude(), imported.longitude());
        offer.setContact(null, null, imported.website());
        OfferText before = offer.getTexts().get(imported.language());
        OfferText text = new OfferText(imported.title(), imported.summary(), imported.description());
        boolean changed = before == null || !before.getTitle().equals(text.getTitle())
                || !before.getSummary().equals(text.getSummary())
                || !Objects.equals(before.getDescription(), text.getDescription());
        offer.putText(imported.language(), text);
        if (changed) {
            // Translations of the earlier words are kept, marked for the translators.
            offer.getTexts().forEach((language, translation) -> {
                if (!language.equals(imported.language())) {
                    translation.markOutdated();
                }
            });
        }
        applyDates(imported, offer, today);
    }

    /** The event's dates as of {@code today}, with the source's cancellations and places of single dates. */
    private static void applyDates(ImportedOffer imported, Offer offer, LocalDate today) {
        offer.scheduleBy(imported.rule(), today);
        List<EventRule.Occurrence> dates = offer.getEventDates().stream().map(EventDate::occurrence).toList();
        for (EventDate date : offer.getEventDates()) {
            if (date.cancelled() && !imported.cancelled().contains(date.occurrence())) {
                offer.restoreDate(date.date(), date.start());
            }
        }
        for (EventRule.Occurrence cancelled : imported.cancelled()) {
            if (dates.contains(cancelled)) {
                offer.cancelDate(cancelled.date(), cancelled.start());
            }
        }
        // The source says where each date is: elsewhere, or (nulls) at the series' place.
        for (EventDate date : offer.getEventDates()) {
            Optional<DatePlace> place = imported.elsewhere().stream()
                    .filter(elsewhere -> elsewhere.date().equals(date.occurrence())).findFirst();
            offer.placeDateAt(date.date(), date.start(), place.map(DatePlace::municipalityId).orElse(null),
                    place.map(DatePlace::street).orElse(null), place.map(DatePlace::placeName).orElse(null));
        }
    }
}
