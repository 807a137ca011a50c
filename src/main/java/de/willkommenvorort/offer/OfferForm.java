package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a provider edits, as typed: the editor fills it and {@link OfferEditing} checks and saves
 * it in one transaction. {@code version} is the version the editor loaded, so that an edit made
 * meanwhile in another tab is noticed rather than overwritten.
 */
public class OfferForm {

    /** A text in one language; {@code status} is what the server last knew (CURRENT/OUTDATED). */
    public static class Text {
        public String title = "";
        public String summary = "";
        public String description = "";
        public TextStatus status = TextStatus.CURRENT;

        public boolean isEmpty() {
            return title.isBlank() && summary.isBlank() && description.isBlank();
        }
    }

    /** A weekly hour as typed; it may be incomplete or end before it starts until it is checked. */
    public record Slot(java.time.DayOfWeek day, java.time.LocalTime start, java.time.LocalTime end) {
    }

    public Long id;
    public long version;
    public ReviewState state = ReviewState.DRAFT;
    public boolean revision;
    public Long categoryId;
    public String originalLanguage = "de";
    public final Map<String, Text> texts = new LinkedHashMap<>();
    public boolean online;
    public Long municipalityId;
    public String street = "";
    public String postalCode = "";
    public String placeName = "";
    public String phone = "";
    public boolean phonePublic = true;
    public String email = "";
    public boolean emailPublic = true;
    public String website = "";
    public final Set<String> spokenLanguages = new LinkedHashSet<>();
    public final Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    public Cost cost = Cost.FREE;
    public boolean registrationRequired;
    public boolean childcare;
    public boolean wheelchairAccessible;
    public boolean appointmentOnly;
    public final List<Slot> weeklySlots = new ArrayList<>();
    public CourseLevel courseLevel;
    public LocalDate nextStart;
    public LocalDate validUntil;
    /** The moderator's reason and note when the offer (or its revision) was sent back. */
    public RejectionReason rejectionCode;
    public String rejectionNote;

    public Text text(String language) {
        return texts.computeIfAbsent(language, l -> new Text());
    }
}
