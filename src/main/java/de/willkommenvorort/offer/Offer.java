package de.willkommenvorort.offer;

import de.willkommenvorort.base.CountyTime;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Something a newcomer can use. Category, provider and municipality are other features' data and
 * are referenced by id, so that features stay apart.
 */
@Entity
@Table(name = "offer")
public class Offer {

    public static final int STREET_MAX = 160;
    public static final int POSTAL_CODE_LENGTH = 5;
    public static final int PLACE_NAME_MAX = 120;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;
    public static final int WEBSITE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(nullable = false)
    private boolean online;

    @Column(length = STREET_MAX)
    private String street;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(name = "place_name", length = PLACE_NAME_MAX)
    private String placeName;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cost cost;

    @Column(name = "registration_required", nullable = false)
    private boolean registrationRequired;

    @Column(nullable = false)
    private boolean childcare;

    @Column(name = "wheelchair_accessible", nullable = false)
    private boolean wheelchairAccessible;

    @Column(name = "appointment_only", nullable = false)
    private boolean appointmentOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_level", length = 2)
    private CourseLevel courseLevel;

    @Column(name = "next_start")
    private LocalDate nextStart;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "original_language", nullable = false, length = 8)
    private String originalLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private ReviewState reviewState = ReviewState.DRAFT;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "offer_text", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, OfferText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "language", length = 8)
    private Set<String> spokenLanguages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_target_group", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 20)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_weekly_slot", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<WeeklySlot> weeklySlots = new HashSet<>();

    @Column(name = "revision_of")
    private Long revisionOf;

    @Column(name = "phone_public", nullable = false)
    private boolean phonePublic = true;

    @Column(name = "email_public", nullable = false)
    private boolean emailPublic = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_code", length = 30)
    private RejectionReason rejectionCode;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "still_valid_hash", length = 64)
    private String stillValidHash;

    /** The day staff or the provider last confirmed the offer as current (HSDS assured_date). */
    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    /** The day the provider was asked to confirm an offer nobody had confirmed for long; once per confirmation. */
    @Column(name = "confirm_asked_on")
    private LocalDate confirmAskedOn;

    /**
     * Since when the offer is public without staff having read it first (a trusted provider's offer
     * or change, an event from a trusted calendar); null once staff checked it.
     */
    @Column(name = "unchecked_since")
    private Instant uncheckedSince;

    // Events: the rule as entered, and the dates it expanded to (see docs/decisions, event dates).
    @Embedded
    private EventRuleColumns eventRule;

    @ElementCollection
    @CollectionTable(name = "offer_event_date", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<EventDate> eventDates = new HashSet<>();

    protected Offer() {
    }

    public Offer(long categoryId, long providerId, String originalLanguage, Cost cost) {
        this.categoryId = categoryId;
        this.providerId = providerId;
        this.originalLanguage = originalLanguage;
        this.cost = cost;
    }

    /** Places the offer at an address in one of the county's municipalities. */
    public void placeAt(long municipalityId, String street, String postalCode, String placeName,
                        BigDecimal latitude, BigDecimal longitude) {
        this.online = false;
        this.municipalityId = municipalityId;
        this.street = street;
        this.postalCode = postalCode;
        this.placeName = placeName;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Online or by phone: no place, reachable from the whole county. */
    public void placeOnline() {
        this.online = true;
        this.municipalityId = null;
        this.street = null;
        this.postalCode = null;
        this.placeName = null;
        this.latitude = null;
        this.longitude = null;
    }

    public void setContact(String phone, String email, String website) {
        this.phone = phone;
        this.email = email;
        this.website = website;
    }

    public void setConditions(boolean registrationRequired, boolean childcare, boolean wheelchairAccessible,
                              boolean appointmentOnly) {
        this.registrationRequired = registrationRequired;
        this.childcare = childcare;
        this.wheelchairAccessible = wheelchairAccessible;
        this.appointmentOnly = appointmentOnly;
    }

    public void setCourse(CourseLevel level, LocalDate nextStart) {
        this.courseLevel = level;
        this.nextStart = nextStart;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public void putText(String language, OfferText text) {
        texts.put(language, text);
    }

    /**
     * Moves the review state; publishing stamps the time. The moderator's note stays with a
     * rejection (with its code) and with a draft that staff sent back for changes (without a
     * code), so that the provider reads it in their list; any other move clears both.
     */
    void moveTo(ReviewState state, RejectionReason code, String note) {
        this.reviewState = state;
        this.rejectionCode = state == ReviewState.REJECTED ? code : null;
        this.rejectionReason = state == ReviewState.REJECTED || state == ReviewState.DRAFT ? note : null;
        if (state == ReviewState.PUBLISHED) {
            this.publishedAt = Instant.now();
            // Staff read and approved it: that is a check.
            confirmed(LocalDate.now(CountyTime.ZONE));
        }
        if (state == ReviewState.SUBMITTED) {
            this.submittedAt = Instant.now();
        }
        if (state == ReviewState.REJECTED || state == ReviewState.ARCHIVED) {
            // Off the public pages: nothing is left to check afterwards.
            this.uncheckedSince = null;
        }
        this.updatedAt = Instant.now();
    }

    /** Went public (or changed in public) without staff reading it first; the earliest such time stays. */
    void publishedUnchecked(Instant now) {
        if (uncheckedSince == null) {
            uncheckedSince = now;
        }
    }

    /** Staff read it as it is public now. */
    void checked() {
        this.uncheckedSince = null;
        this.updatedAt = Instant.now();
    }

    public java.util.Optional<Instant> getUncheckedSince() {
        return java.util.Optional.ofNullable(uncheckedSince);
    }

    /** A revision of a published offer: a copy of its content, reviewed on its own. */
    static Offer revisionOf(Offer published) {
        Offer revision = new Offer(published.categoryId, published.providerId, published.originalLanguage, published.cost);
        revision.revisionOf = published.id;
        revision.copyContentFrom(published);
        return revision;
    }

    /**
     * Takes over everything a provider edits from another offer (an approved revision): the
     * published offer keeps its id, its address on the web and its history.
     */
    void copyContentFrom(Offer source) {
        this.categoryId = source.categoryId;
        this.originalLanguage = source.originalLanguage;
        this.cost = source.cost;
        this.online = source.online;
        this.municipalityId = source.municipalityId;
        this.street = source.street;
        this.postalCode = source.postalCode;
        this.placeName = source.placeName;
        this.latitude = source.latitude;
        this.longitude = source.longitude;
        this.phone = source.phone;
        this.email = source.email;
        this.website = source.website;
        this.phonePublic = source.phonePublic;
        this.emailPublic = source.emailPublic;
        this.registrationRequired = source.registrationRequired;
        this.childcare = source.childcare;
        this.wheelchairAccessible = source.wheelchairAccessible;
        this.appointmentOnly = source.appointmentOnly;
        this.courseLevel = source.courseLevel;
        this.nextStart = source.nextStart;
        this.validUntil = source.validUntil;
        this.texts.clear();
        source.texts.forEach((language, text) -> this.texts.put(language, text.copy()));
        this.spokenLanguages.clear();
        this.spokenLanguages.addAll(source.spokenLanguages);
        this.targetGroups.clear();
        this.targetGroups.addAll(source.targetGroups);
        this.weeklySlots.clear();
        this.weeklySlots.addAll(source.weeklySlots);
        this.eventRule = source.eventRule == null ? null
                : new EventRuleColumns(source.eventRule.toRule(source.getEventDates().stream()
                        .map(EventDate::occurrence).toList()));
        this.eventDates.clear();
        for (EventDate date : source.eventDates) {
            EventDate copy = new EventDate(date.occurrence());
            copy.keepDecisionsOf(date);
            this.eventDates.add(copy);
        }
        this.updatedAt = Instant.now();
    }

    void setCategory(long categoryId, String originalLanguage, Cost cost) {
        this.categoryId = categoryId;
        this.originalLanguage = originalLanguage;
        this.cost = cost;
        this.updatedAt = Instant.now();
    }

    void publishChannels(boolean phonePublic, boolean emailPublic) {
        this.phonePublic = phonePublic;
        this.emailPublic = emailPublic;
    }

    void replaceDetails(Set<String> spokenLanguages, Set<TargetGroup> targetGroups, Set<WeeklySlot> weeklySlots) {
        this.spokenLanguages.clear();
        this.spokenLanguages.addAll(spokenLanguages);
        this.targetGroups.clear();
        this.targetGroups.addAll(targetGroups);
        this.weeklySlots.clear();
        this.weeklySlots.addAll(weeklySlots);
    }

    /** Staff's correction of one language's words; the translation status stays as it was. */
    void correctText(String language, OfferText words) {
        OfferText corrected = words.copy();
        if (texts.get(language).getStatus() == TextStatus.OUTDATED) {
            corrected.markOutdated();
        }
        texts.put(language, corrected);
        this.updatedAt = Instant.now();
    }

    /** An approved translation into one language, current from now; the German stays as it is. */
    void translate(String language, OfferText text) {
        texts.put(language, text);
        this.updatedAt = Instant.now();
    }

    void removeText(String language) {
        texts.remove(language);
    }

    void remindedFor(LocalDate validUntil, String stillValidHash) {
        this.remindedFor = validUntil;
        this.stillValidHash = stillValidHash;
    }

    /** Whether the hash is the one of the link last mailed; a used link no longer counts. */
    boolean stillValidLink(String hash) {
        return stillValidHash != null && java.security.MessageDigest.isEqual(
                stillValidHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    void confirmStillValid(LocalDate newValidUntil, LocalDate today) {
        this.validUntil = newValidUntil;
        this.stillValidHash = null;
        confirmed(today);
    }

    /** The day the offer was last confirmed, as a source brought in from elsewhere says (the demo county). */
    public void setConfirmedOn(LocalDate day) {
        this.confirmedOn = day;
    }

    /** Someone accountable confirmed the offer as current today. */
    void confirmed(LocalDate today) {
        this.confirmedOn = today;
        this.confirmAskedOn = null;
        this.updatedAt = Instant.now();
    }

    /** The provider was mailed a "still valid" link (as its hash) because nobody confirmed the offer for long. */
    void askedToConfirm(LocalDate today, String stillValidHash) {
        this.confirmAskedOn = today;
        this.stillValidHash = stillValidHash;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public LocalDate getConfirmAskedOn() {
        return confirmAskedOn;
    }

    public Long getRevisionOf() {
        return revisionOf;
    }

    public boolean isPhonePublic() {
        return phonePublic;
    }

    public boolean isEmailPublic() {
        return emailPublic;
    }

    public RejectionReason getRejectionCode() {
        return rejectionCode;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public long getProviderId() {
        return providerId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public boolean isOnline() {
        return online;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPlaceName() {
        return placeName;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public Cost getCost() {
        return cost;
    }

    public boolean isRegistrationRequired() {
        return registrationRequired;
    }

    public boolean isChildcare() {
        return childcare;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public boolean isAppointmentOnly() {
        return appointmentOnly;
    }

    public CourseLevel getCourseLevel() {
        return courseLevel;
    }

    public LocalDate getNextStart() {
        return nextStart;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Map<String, OfferText> getTexts() {
        return texts;
    }

    public Set<String> getSpokenLanguages() {
        return spokenLanguages;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public Set<WeeklySlot> getWeeklySlots() {
        return weeklySlots;
    }

    /** True when the offer takes place on dates (once, in a series or on a list). */
    public boolean isEvent() {
        return eventRule != null && !eventDates.isEmpty();
    }

    /**
     * Sets the dates from a rule, expanded from {@code today} (see {@link EventRule}). A date that
     * stays in the new schedule keeps its cancellation and its place; dates that no longer follow
     * from the rule are removed, together with what was decided about them.
     */
    public void scheduleBy(EventRule rule, LocalDate today) {
        List<EventDate> next = rule.occurrences(today).stream().map(EventDate::new).toList();
        for (EventDate date : next) {
            eventDates.stream().filter(date::equals).findFirst().ifPresent(date::keepDecisionsOf);
        }
        eventRule = new EventRuleColumns(rule);
        eventDates.clear();
        eventDates.addAll(next);
        this.updatedAt = Instant.now();
    }

    /** No dates any more: the offer is an ordinary offer again. */
    public void clearSchedule() {
        eventRule = null;
        eventDates.clear();
        this.updatedAt = Instant.now();
    }

    /** The rule the dates came from, as the editor entered it; a list comes back as its dates. */
    public Optional<EventRule> getEventRule() {
        return Optional.ofNullable(eventRule)
                .map(rule -> rule.toRule(getEventDates().stream().map(EventDate::occurrence).toList()));
    }

    /** All dates, in order, cancelled ones included. */
    public List<EventDate> getEventDates() {
        List<EventDate> dates = new ArrayList<>(eventDates);
        dates.sort(null);
        return List.copyOf(dates);
    }

    /** Cancels one date; the series goes on. */
    public void cancelDate(LocalDate date, LocalTime start) {
        eventDate(date, start).setCancelled(true);
        this.updatedAt = Instant.now();
    }

    /** Takes a cancellation back. */
    public void restoreDate(LocalDate date, LocalTime start) {
        eventDate(date, start).setCancelled(false);
        this.updatedAt = Instant.now();
    }

    /** This date takes place elsewhere than the offer usually does; {@code null}s: at the usual place. */
    public void placeDateAt(LocalDate date, LocalTime start, Long municipalityId, String street, String placeName) {
        eventDate(date, start).placeAt(municipalityId, street, placeName);
        this.updatedAt = Instant.now();
    }

    private EventDate eventDate(LocalDate date, LocalTime start) {
        return eventDates.stream().filter(d -> d.isAt(date, start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The event has no date " + date + " " + start));
    }
}
