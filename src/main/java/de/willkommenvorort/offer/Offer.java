package de.willkommenvorort.offer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

    /** Moves the review state; publishing stamps the time, leaving REJECTED clears the reason. */
    void moveTo(ReviewState state, String reason) {
        this.reviewState = state;
        this.rejectionReason = state == ReviewState.REJECTED ? reason : null;
        if (state == ReviewState.PUBLISHED) {
            this.publishedAt = Instant.now();
        }
        this.updatedAt = Instant.now();
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
}
