package de.willkommenvorort.review;

import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.EventDate;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.OffersInReview;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.offer.RevisionDiff;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff read to review: the queue of submitted offers, events and revisions (oldest first),
 * and one item with everything needed to decide on it. Decisions are in {@link ReviewWorkflow}.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class ReviewQueue {

    private static final Pattern REVISION_DETAIL = Pattern.compile("^revision (\\d+)$");

    /** What an item in the queue is. */
    public enum Kind { NEW_OFFER, EVENT, REVISION }

    /** The queue's filters; empty means "all". A language matches the original or any text. */
    public record Filter(Optional<BuildingBlock> block, Optional<Long> municipalityId, Optional<String> language) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** One row of the queue. {@code title} is in {@code titleLanguage}. */
    public record Item(long id, String title, String titleLanguage, String providerName, Kind kind, long categoryId,
                       Optional<Long> municipalityId, Instant submittedAt) {
        public boolean revision() {
            return kind == Kind.REVISION;
        }
    }

    /**
     * One item with all a moderator needs: what newcomers would see, every text, the provider,
     * and for a revision the comparison with the published version.
     */
    public record Review(long id, long version, ReviewState state, Kind kind, OfferDetails details,
                         List<EventCard> dates, Map<String, OfferText> texts, String originalLanguage, long providerId,
                         String providerName, Optional<Long> revisionOf, Optional<RevisionDiff> diff,
                         Optional<RejectionReason> rejectionCode, Optional<String> note, Optional<Instant> submittedAt,
                         Optional<Unchecked> unchecked) {
    }

    /**
     * A public offer staff have not read yet: since when, and each change that went public
     * unchecked since then, as the audit log has it ("field: value" lines before and after).
     */
    public record Unchecked(Instant since, List<Change> changes) {
        public record Change(Instant at, String actor, String before, String after) {
        }
    }

    private final OffersInReview offers;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AuditLog audit;

    ReviewQueue(OffersInReview offers, CategoryService categories, MunicipalityService municipalities,
                ProviderService providers, AuditLog audit) {
        this.offers = offers;
        this.categories = categories;
        this.municipalities = municipalities;
        this.providers = providers;
        this.audit = audit;
    }

    /** How many items wait for review: the number on the staff navigation. */
    public long count() {
        return offers.countWaiting();
    }

    /** The items waiting for review that pass the filter, oldest submission first. */
    public List<Item> waiting(Filter filter, String language) {
        return items(offers.waiting(), filter, language,
                offer -> offer.getSubmittedAt() == null ? offer.getUpdatedAt() : offer.getSubmittedAt());
    }

    /** How many public offers wait for staff to check them afterwards. */
    public long countUnchecked() {
        return offers.countUnchecked();
    }

    /**
     * Public offers that went public without review (from trusted providers and calendars), the
     * longest unchecked first; each item's time is since when it is unchecked.
     */
    public List<Item> unchecked(Filter filter, String language) {
        return items(offers.unchecked(), filter, language, offer -> offer.getUncheckedSince().orElseThrow());
    }

    private List<Item> items(List<Offer> found, Filter filter, String language,
                             java.util.function.Function<Offer, Instant> since) {
        List<Item> items = new ArrayList<>();
        for (Offer offer : found) {
            if (matches(offer, filter)) {
                OfferDetails details = OfferDetails.of(offer, language);
                items.add(new Item(offer.getId(), details.title(), details.textLanguage(),
                        providers.publicName(offer.getProviderId()).orElse(""), kind(offer), offer.getCategoryId(),
                        Optional.ofNullable(offer.getMunicipalityId()), since.apply(offer)));
            }
        }
        return items;
    }

    /** One item, in any state, as staff review it; empty if it does not exist (any more). */
    public Optional<Review> review(long id, String language) {
        return offers.byId(id).map(offer -> {
            Optional<RevisionDiff> diff = Optional.ofNullable(offer.getRevisionOf()).flatMap(offers::byId)
                    .map(published -> RevisionDiff.between(published, offer));
            OfferDetails details = OfferDetails.of(offer, language);
            return new Review(offer.getId(), offer.getVersion(), offer.getReviewState(), kind(offer), details,
                    dates(offer, details), Map.copyOf(new TreeMap<>(offer.getTexts())), offer.getOriginalLanguage(),
                    offer.getProviderId(), providers.publicName(offer.getProviderId()).orElse(""),
                    Optional.ofNullable(offer.getRevisionOf()), diff, Optional.ofNullable(offer.getRejectionCode()),
                    Optional.ofNullable(offer.getRejectionReason()), Optional.ofNullable(offer.getSubmittedAt()),
                    offer.getUncheckedSince().map(since -> new Unchecked(since, uncheckedChanges(offer.getId(), since))));
        });
    }

    /** The changes that went public unchecked since {@code since}, oldest first. */
    private List<Unchecked.Change> uncheckedChanges(long id, Instant since) {
        return history(id).stream()
                .filter(entry -> "REVISION_PUBLISHED_UNCHECKED".equals(entry.getAction()) && !entry.getAt().isBefore(since))
                .map(entry -> new Unchecked.Change(entry.getAt(), entry.getActor(),
                        entry.getBefore() == null ? "" : entry.getBefore(), entry.getAfter() == null ? "" : entry.getAfter()))
                .toList();
    }

    /**
     * The audit trail of the item and of the offer it belongs to: for a revision, the published
     * offer's entries and those of its earlier revisions too, oldest first.
     */
    public List<AuditEntry> history(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(id);
        Optional<Offer> offer = offers.byId(id);
        offer.map(Offer::getRevisionOf).ifPresent(ids::add);
        List<AuditEntry> entries = new ArrayList<>();
        for (long about : List.copyOf(ids)) {
            for (AuditEntry entry : audit.about("offer", about)) {
                Matcher revision = REVISION_DETAIL.matcher(entry.getDetail() == null ? "" : entry.getDetail());
                if ("REVISION_CREATED".equals(entry.getAction()) && revision.matches()) {
                    ids.add(Long.parseLong(revision.group(1)));
                }
            }
        }
        for (long about : ids) {
            entries.addAll(audit.about("offer", about));
        }
        entries.sort(Comparator.comparing(AuditEntry::getId));
        return entries;
    }

    private boolean matches(Offer offer, Filter filter) {
        if (filter.block().isPresent() && !categories.byId(offer.getCategoryId()).map(CategoryRef::buildingBlock)
                .equals(filter.block())) {
            return false;
        }
        if (filter.municipalityId().isPresent() && !filter.municipalityId().get().equals(offer.getMunicipalityId())) {
            return false;
        }
        return filter.language().isEmpty() || filter.language().get().equals(offer.getOriginalLanguage())
                || offer.getTexts().containsKey(filter.language().get());
    }

    private static Kind kind(Offer offer) {
        return offer.getRevisionOf() != null ? Kind.REVISION : offer.isEvent() ? Kind.EVENT : Kind.NEW_OFFER;
    }

    /** The item's dates as the public page lists them, so that the preview shows them too. */
    private List<EventCard> dates(Offer offer, OfferDetails details) {
        List<EventCard> cards = new ArrayList<>();
        for (EventDate date : offer.getEventDates()) {
            Optional<String> municipality = date.municipalityId().or(() -> Optional.ofNullable(offer.getMunicipalityId()))
                    .flatMap(municipalities::byId).map(MunicipalityRef::name);
            cards.add(new EventCard(offer.getId(), date.date(), date.start(), date.end(), date.allDay(), details.title(),
                    details.textLanguage(), date.placeName(), municipality, offer.isOnline(), date.cancelled()));
        }
        return cards;
    }
}
