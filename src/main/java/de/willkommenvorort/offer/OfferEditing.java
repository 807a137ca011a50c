package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's own offers: list, load, save, submit, withdraw, archive. Every method works on the
 * signed-in provider's offers only. An edit of a published (or expired) offer goes into its
 * revision; the published offer stays as it is until staff approve the revision. A provider staff
 * trust is the exception: what it submits is public at once, and staff check it afterwards.
 */
@Service
@Transactional
@Secured("ROLE_" + AppRoles.PROVIDER)
public class OfferEditing {

    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    private final OfferRepository offers;
    private final ReviewStates states;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Publication publication;
    private final Clock clock;

    OfferEditing(OfferRepository offers, ReviewStates states, CategoryService categories,
                 MunicipalityService municipalities, ProviderService providers, Publication publication,
                 Optional<Clock> clock) {
        this.offers = offers;
        this.states = states;
        this.categories = categories;
        this.municipalities = municipalities;
        this.providers = providers;
        this.publication = publication;
        this.clock = clock.orElseGet(() -> Clock.system(COUNTY));
    }

    @Transactional(readOnly = true)
    public List<MyOffer> mine(String language) {
        List<MyOffer> mine = new ArrayList<>();
        long provider = provider();
        // All revisions in one query, not one per offer.
        Map<Long, Offer> revisions = new java.util.HashMap<>();
        offers.revisionsOwnedBy(provider).forEach(r -> revisions.put(r.getRevisionOf(), r));
        for (Offer offer : offers.ownedBy(provider)) {
            Optional<Offer> revision = Optional.ofNullable(revisions.get(offer.getId()));
            Offer shown = revision.orElse(offer);
            String textLanguage = TextChoice.pick(shown.getTexts().keySet(), language, shown.getOriginalLanguage());
            // What review said about whichever was sent back: rejected, or returned as a draft with a note.
            Offer rejected = shown.getReviewState() == ReviewState.REJECTED || shown.getRejectionReason() != null
                    ? shown : offer;
            mine.add(new MyOffer(offer.getId(), shown.getTexts().get(textLanguage).getTitle(), offer.getReviewState(),
                    revision.map(Offer::getReviewState), Optional.ofNullable(rejected.getRejectionCode()),
                    Optional.ofNullable(rejected.getRejectionReason()), Optional.ofNullable(shown.getValidUntil()),
                    shown.getUpdatedAt()));
        }
        return mine;
    }

    /** The offer as the editor shows it: its open revision if there is one. */
    @Transactional(readOnly = true)
    public OfferForm load(long id) {
        Offer offer = owned(id);
        Optional<Offer> revision = offers.findByRevisionOf(id);
        OfferForm form = toForm(revision.orElse(offer));
        form.id = id;
        form.revision = revision.isPresent();
        form.state = offer.getReviewState();
        return form;
    }

    /** The state of the revision being edited, if the offer has one. */
    @Transactional(readOnly = true)
    public Optional<ReviewState> revisionState(long id) {
        owned(id);
        return offers.findByRevisionOf(id).map(Offer::getReviewState);
    }

    /**
     * Checks and saves the whole form, or nothing. Returns the offer's id (for a new offer, the new
     * one). Saving a submitted offer takes it back to draft: staff review what is submitted.
     */
    public long save(OfferForm form) {
        normalize(form);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = OfferValidation.problems(form, today,
                form.categoryId != null && categories.byId(form.categoryId).isPresent(),
                form.municipalityId != null && municipalities.byId(form.municipalityId).isPresent());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (form.id == null) {
            Offer offer = new Offer(form.categoryId, provider(), form.originalLanguage, form.cost);
            apply(form, offer);
            long id = offers.save(offer).getId();
            states.record(id, "OFFER_CREATED", null);
            return id;
        }
        Offer offer = owned(form.id);
        Optional<Offer> revision = offers.findByRevisionOf(offer.getId());
        Offer target;
        if (offer.getReviewState() == ReviewState.PUBLISHED || offer.getReviewState() == ReviewState.EXPIRED) {
            if (revision.isPresent() != form.revision) {
                throw new ConcurrentEdit(revision.map(Offer::getUpdatedAt).orElse(offer.getUpdatedAt()));
            }
            target = revision.orElseGet(() -> {
                checkVersion(offer, form.version);
                Offer created = offers.save(Offer.revisionOf(offer));
                states.record(offer.getId(), "REVISION_CREATED", "revision " + created.getId());
                return created;
            });
            if (revision.isPresent()) {
                checkVersion(target, form.version);
            }
        } else if (offer.getReviewState() == ReviewState.ARCHIVED) {
            throw new IllegalStateException("An archived offer is not edited");
        } else {
            checkVersion(offer, form.version);
            target = offer;
        }
        apply(form, target);
        if (target.getReviewState() == ReviewState.SUBMITTED) {
            states.move(target, ReviewState.DRAFT, null, null);
        }
        states.record(offer.getId(), "OFFER_SAVED", target == offer ? null : "revision " + target.getId());
        try {
            offers.flush();
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEdit(clock.instant());
        }
        return offer.getId();
    }

    /** What a newcomer would see of the form as typed, and the first dates of an event. */
    public record Preview(OfferDetails details, List<EventCard> dates, boolean contactForm) {
    }

    /**
     * The form as a newcomer's page, without saving and without checking: whatever is filled in
     * shows, so that the provider sees their offer take shape.
     */
    @Transactional(readOnly = true)
    public Preview preview(OfferForm form, String language) {
        Offer draft = new Offer(form.categoryId == null ? 0 : form.categoryId, provider(), form.originalLanguage,
                form.cost == null ? Cost.FREE : form.cost);
        form.texts.forEach((code, text) -> {
            if (!text.isEmpty()) {
                draft.putText(code, new OfferText(strip(text.title), strip(text.summary), strip(text.description),
                        strip(text.whatToBring)));
            }
        });
        Optional<MunicipalityRef> place = form.municipalityId == null ? Optional.empty()
                : municipalities.byId(form.municipalityId);
        if (form.online || place.isEmpty()) {
            draft.placeOnline();
        } else {
            draft.placeAt(place.get().id(), blankToNull(strip(form.street)),
                    form.postalCode.isBlank() ? place.get().postalCode() : strip(form.postalCode),
                    form.placeName.isBlank() ? place.get().name() : strip(form.placeName), null, null);
        }
        draft.setContact(blankToNull(strip(form.phone)), blankToNull(strip(form.email)), blankToNull(strip(form.website)));
        draft.publishChannels(form.phonePublic, form.emailPublic);
        draft.setConditions(form.registrationRequired, form.childcare, form.wheelchairAccessible, form.appointmentOnly);
        draft.setCourse(form.courseLevel, form.nextStart);
        Set<WeeklySlot> weekly = new HashSet<>();
        form.weeklySlots.stream().filter(slot -> slot != null && slot.day() != null && slot.start() != null
                        && slot.end() != null && slot.start().isBefore(slot.end()))
                .forEach(slot -> weekly.add(new WeeklySlot(slot.day(), slot.start(), slot.end())));
        draft.replaceDetails(Set.copyOf(form.spokenLanguages), Set.copyOf(form.targetGroups), weekly);
        OfferDetails details = OfferDetails.of(draft, language);
        List<EventCard> dates = List.of();
        if (form.eventKind != null && form.eventKind != OfferForm.EventKind.NONE) {
            try {
                dates = OfferValidation.eventRule(form).occurrences(LocalDate.now(clock)).stream().limit(5)
                        .map(o -> new EventCard(0, o.date(), o.start(), o.end(), o.allDay(), details.title(),
                                details.textLanguage(), Optional.empty(), Optional.empty(), form.online, false))
                        .toList();
            } catch (IllegalArgumentException | NullPointerException incomplete) {
                // Not a whole rule yet: the preview shows no dates until it is.
            }
        }
        return new Preview(details, dates, details.contactForm());
    }

    /**
     * Sends the offer (or its revision) to review. A provider staff trust publishes it at once
     * instead (a revision is merged into the public offer); staff check it afterwards.
     */
    public void submit(long id) {
        Offer target = editTarget(id);
        states.move(target, ReviewState.SUBMITTED, null, null);
        if (providers.trusted(target.getProviderId())) {
            publication.unreviewed(target);
        }
    }

    /** Whether staff trust the signed-in provider: what it submits goes public at once. */
    @Transactional(readOnly = true)
    public boolean trusted() {
        return providers.trusted(provider());
    }

    /** Takes a submitted offer (or revision) back, to change it before staff look at it. */
    public void withdraw(long id) {
        states.move(editTarget(id), ReviewState.DRAFT, null, null);
    }

    /** Takes the offer off the app for good; an open revision goes with it. */
    public void archive(long id) {
        Offer offer = owned(id);
        offers.findByRevisionOf(id).ifPresent(revision -> {
            states.record(id, "REVISION_DISCARDED", "revision " + revision.getId());
            offers.delete(revision);
        });
        states.move(offer, ReviewState.ARCHIVED, null, null);
    }

    /** Drops an unsubmitted revision; the published offer stays as it was. */
    public void discardRevision(long id) {
        owned(id);
        Offer revision = offers.findByRevisionOf(id).orElseThrow();
        if (revision.getReviewState() == ReviewState.SUBMITTED) {
            throw new IllegalStateException("Withdraw the revision first");
        }
        states.record(id, "REVISION_DISCARDED", "revision " + revision.getId());
        offers.delete(revision);
    }

    private Offer editTarget(long id) {
        Offer offer = owned(id);
        return offers.findByRevisionOf(id).orElse(offer);
    }

    private Offer owned(long id) {
        Offer offer = offers.findById(id).orElseThrow(() -> new AccessDeniedException("No such offer"));
        if (offer.getRevisionOf() != null || offer.getProviderId() != provider()) {
            // The same answer as for an unknown id: nobody learns which ids exist.
            throw new AccessDeniedException("No such offer");
        }
        return offer;
    }

    private static long provider() {
        AccountUser user = CurrentAccount.require();
        if (user.providerId() == null) {
            throw new AccessDeniedException("Not a provider");
        }
        return user.providerId();
    }

    private static void checkVersion(Offer offer, long version) {
        if (offer.getVersion() != version) {
            throw new ConcurrentEdit(offer.getUpdatedAt());
        }
    }

    private static void normalize(OfferForm form) {
        form.street = strip(form.street);
        form.postalCode = strip(form.postalCode);
        form.placeName = strip(form.placeName);
        form.phone = strip(form.phone);
        form.email = strip(form.email);
        form.website = strip(form.website);
        if (!form.website.isEmpty() && !form.website.contains("://") && form.website.contains(".")) {
            form.website = "https://" + form.website;
        }
        form.texts.values().forEach(text -> {
            text.title = strip(text.title);
            text.summary = strip(text.summary);
            // Descriptions keep their inner line breaks; only the ends are trimmed.
            text.description = strip(text.description);
            text.whatToBring = strip(text.whatToBring);
        });
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Copies the checked form onto the offer; translations whose source changed become outdated. */
    private void apply(OfferForm form, Offer offer) {
        OfferText oldSource = offer.getTexts().get(form.originalLanguage);
        Map<String, OfferText> before = new LinkedHashMap<>();
        offer.getTexts().forEach((language, text) -> before.put(language, text.copy()));
        offer.setCategory(form.categoryId, form.originalLanguage, form.cost);
        for (String language : new HashSet<>(offer.getTexts().keySet())) {
            OfferForm.Text text = form.texts.get(language);
            if (text == null || text.isEmpty()) {
                offer.removeText(language);
            }
        }
        OfferText newSource = form.texts.get(form.originalLanguage).words();
        boolean sourceChanged = oldSource != null && !oldSource.sameWords(newSource);
        form.texts.forEach((language, typed) -> {
            if (typed.isEmpty()) {
                return;
            }
            OfferText text = typed.words();
            OfferText previous = before.get(language);
            boolean untouched = previous != null && previous.sameWords(text);
            if (!language.equals(form.originalLanguage) && untouched
                    && (sourceChanged || previous.getStatus() == TextStatus.OUTDATED)) {
                text.markOutdated();
            }
            offer.putText(language, text);
        });
        if (form.online) {
            offer.placeOnline();
        } else {
            MunicipalityRef place = municipalities.byId(form.municipalityId).orElseThrow();
            offer.placeAt(place.id(), blankToNull(form.street),
                    form.postalCode.isBlank() ? place.postalCode() : form.postalCode,
                    form.placeName.isBlank() ? place.name() : form.placeName, null, null);
        }
        offer.setContact(blankToNull(form.phone), blankToNull(form.email), blankToNull(form.website));
        offer.publishChannels(form.phonePublic, form.emailPublic);
        offer.setConditions(form.registrationRequired, form.childcare, form.wheelchairAccessible, form.appointmentOnly);
        offer.setCourse(form.courseLevel, form.nextStart);
        offer.setValidUntil(form.validUntil);
        Set<WeeklySlot> weekly = new HashSet<>();
        form.weeklySlots.forEach(slot -> weekly.add(new WeeklySlot(slot.day(), slot.start(), slot.end())));
        offer.replaceDetails(Set.copyOf(form.spokenLanguages), Set.copyOf(form.targetGroups), weekly);
        if (form.eventKind == null || form.eventKind == OfferForm.EventKind.NONE) {
            offer.clearSchedule();
        } else {
            offer.scheduleBy(OfferValidation.eventRule(form), LocalDate.now(clock));
            // A date (of a list, or of a series) may take place in another municipality than usual.
            List<OfferForm.DateInput> places = form.eventKind == OfferForm.EventKind.LIST ? form.eventList
                    : form.scheduled.stream().map(d -> new OfferForm.DateInput(d.date(), d.start(), null,
                            d.municipalityId(), d.allDay())).toList();
            placeDates(offer, places, form.municipalityId);
        }
    }

    /** Sets each date's own municipality; dates the schedule no longer has are skipped. */
    private static void placeDates(Offer offer, List<OfferForm.DateInput> places, Long usual) {
        Set<String> kept = new HashSet<>();
        offer.getEventDates().forEach(d -> kept.add(d.date() + " " + d.start()));
        places.stream().filter(d -> kept.contains(d.date() + " " + d.savedStart()))
                .forEach(d -> offer.placeDateAt(d.date(), d.savedStart(),
                        d.municipalityId() != null && !d.municipalityId().equals(usual) ? d.municipalityId() : null,
                        null, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static OfferForm toForm(Offer offer) {
        OfferForm form = new OfferForm();
        form.id = offer.getId();
        form.version = offer.getVersion();
        form.state = offer.getReviewState();
        form.categoryId = offer.getCategoryId();
        form.originalLanguage = offer.getOriginalLanguage();
        offer.getTexts().entrySet().stream()
                .sorted((a, b) -> a.getKey().equals(offer.getOriginalLanguage()) ? -1
                        : b.getKey().equals(offer.getOriginalLanguage()) ? 1 : a.getKey().compareTo(b.getKey()))
                .forEach(entry -> {
                    OfferForm.Text text = form.text(entry.getKey());
                    text.title = entry.getValue().getTitle();
                    text.summary = entry.getValue().getSummary();
                    text.description = entry.getValue().getDescription();
                    text.whatToBring = entry.getValue().getWhatToBring();
                    text.status = entry.getValue().getStatus();
                });
        form.online = offer.isOnline();
        form.municipalityId = offer.getMunicipalityId();
        form.street = nullToBlank(offer.getStreet());
        form.postalCode = nullToBlank(offer.getPostalCode());
        form.placeName = nullToBlank(offer.getPlaceName());
        form.phone = nullToBlank(offer.getPhone());
        form.phonePublic = offer.isPhonePublic();
        form.email = nullToBlank(offer.getEmail());
        form.emailPublic = offer.isEmailPublic();
        form.website = nullToBlank(offer.getWebsite());
        form.spokenLanguages.addAll(offer.getSpokenLanguages());
        form.targetGroups.addAll(offer.getTargetGroups());
        form.cost = offer.getCost();
        form.registrationRequired = offer.isRegistrationRequired();
        form.childcare = offer.isChildcare();
        form.wheelchairAccessible = offer.isWheelchairAccessible();
        form.appointmentOnly = offer.isAppointmentOnly();
        offer.getWeeklySlots().stream().sorted()
                .forEach(slot -> form.weeklySlots.add(new OfferForm.Slot(slot.day(), slot.start(), slot.end())));
        form.courseLevel = offer.getCourseLevel();
        form.nextStart = offer.getNextStart();
        form.validUntil = offer.getValidUntil();
        offer.getEventRule().ifPresent(rule -> readRule(rule, form));
        // A listed date's own place comes back into its row.
        for (int i = 0; i < form.eventList.size(); i++) {
            OfferForm.DateInput input = form.eventList.get(i);
            Long elsewhere = offer.getEventDates().stream()
                    .filter(d -> d.date().equals(input.date()) && d.start().equals(input.savedStart()))
                    .findFirst().flatMap(EventDate::municipalityId).orElse(null);
            form.eventList.set(i, new OfferForm.DateInput(input.date(), input.start(), input.end(), elsewhere,
                    input.allDay()));
        }
        offer.getEventDates().forEach(date -> form.scheduled.add(new OfferForm.ScheduledDate(date.date(), date.start(),
                date.end(), date.cancelled(), date.municipalityId().orElse(null), date.allDay())));
        form.rejectionCode = offer.getRejectionCode();
        form.rejectionNote = offer.getRejectionReason();
        return form;
    }

    private static void readRule(EventRule rule, OfferForm form) {
        switch (rule) {
            case EventRule.Single single -> {
                form.eventKind = OfferForm.EventKind.SINGLE;
                form.eventFrom = single.date();
                times(form, single.start(), single.end(), single.allDay());
            }
            case EventRule.Weekly weekly -> {
                form.eventKind = OfferForm.EventKind.WEEKLY;
                form.eventDay = weekly.day();
                series(form, weekly.from(), weekly.until(), weekly.start(), weekly.end(), weekly.allDay());
            }
            case EventRule.MonthlyOnWeekday monthly -> {
                form.eventKind = OfferForm.EventKind.MONTHLY_WEEKDAY;
                form.eventWeek = monthly.week();
                form.eventDay = monthly.day();
                series(form, monthly.from(), monthly.until(), monthly.start(), monthly.end(), monthly.allDay());
            }
            case EventRule.MonthlyOnDay monthly -> {
                form.eventKind = OfferForm.EventKind.MONTHLY_DAY;
                form.eventDayOfMonth = monthly.dayOfMonth();
                series(form, monthly.from(), monthly.until(), monthly.start(), monthly.end(), monthly.allDay());
            }
            case EventRule.DateList list -> {
                form.eventKind = OfferForm.EventKind.LIST;
                // An all-day date's midnight is no time the provider typed: its time fields stay empty.
                list.dates().forEach(d -> form.eventList.add(new OfferForm.DateInput(d.date(),
                        d.allDay() ? null : d.start(), d.end().orElse(null), null, d.allDay())));
            }
        }
    }

    private static void series(OfferForm form, LocalDate from, Optional<LocalDate> until, java.time.LocalTime start,
                               Optional<java.time.LocalTime> end, boolean allDay) {
        form.eventFrom = from;
        form.eventUntil = until.orElse(null);
        times(form, start, end, allDay);
    }

    /** The rule's times; all day, none (its midnight is no time the provider typed). */
    private static void times(OfferForm form, java.time.LocalTime start, Optional<java.time.LocalTime> end,
                              boolean allDay) {
        form.eventAllDay = allDay;
        form.eventStart = allDay ? null : start;
        form.eventEnd = end.orElse(null);
    }

    /**
     * Cancels one date of an event, or takes the cancellation back, at once and without review: it
     * only tells newcomers that something does not take place. Applies to the published offer and
     * to its open revision alike; returns the new version of what the editor edits.
     */
    public long setCancelled(long id, LocalDate date, java.time.LocalTime start, boolean cancelled) {
        Offer offer = owned(id);
        Optional<Offer> revision = offers.findByRevisionOf(id);
        boolean found = false;
        boolean allDay = false;
        for (Offer target : revision.isPresent() ? List.of(offer, revision.get()) : List.of(offer)) {
            Optional<EventDate> match = target.getEventDates().stream()
                    .filter(d -> d.date().equals(date) && d.start().equals(start)).findFirst();
            if (match.isPresent()) {
                allDay = match.get().allDay();
                if (cancelled) {
                    target.cancelDate(date, start);
                } else {
                    target.restoreDate(date, start);
                }
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No date " + date + " " + start);
        }
        // An all-day date is kept at 00:00; the log says what it is, as the revision diff does.
        states.record(id, cancelled ? "DATE_CANCELLED" : "DATE_RESTORED", date + " " + (allDay ? "all day" : start));
        offers.flush();
        return revision.orElse(offer).getVersion();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
