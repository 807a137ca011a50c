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
        public String whatToBring = "";
        public TextStatus status = TextStatus.CURRENT;

        public boolean isEmpty() {
            return title.isBlank() && summary.isBlank() && description.isBlank() && whatToBring.isBlank();
        }

        /** The words as typed, as an offer's text. */
        OfferText words() {
            return new OfferText(title, summary, description, whatToBring);
        }
    }

    /** A weekly hour as typed; it may be incomplete or end before it starts until it is checked. */
    public record Slot(java.time.DayOfWeek day, java.time.LocalTime start, java.time.LocalTime end) {
    }

    /** Whether and how the offer takes place on dates; NONE for an ordinary offer. */
    public enum EventKind { NONE, SINGLE, WEEKLY, MONTHLY_WEEKDAY, MONTHLY_DAY, LIST }

    /**
     * One date of a list as typed; a municipality when this date takes place elsewhere than usual.
     * An all-day date needs no times; what was typed into them is kept until the form is saved.
     */
    public record DateInput(java.time.LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
                            Long municipalityId, boolean allDay) {

        public DateInput(java.time.LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
                         Long municipalityId) {
            this(date, start, end, municipalityId, false);
        }

        /** The start the date is saved with (and found by): midnight for an all-day date. */
        public java.time.LocalTime savedStart() {
            return allDay ? EventRule.ALL_DAY_START : start;
        }
    }

    /**
     * One of the dates the saved schedule expanded to, whether it is cancelled, and the
     * municipality it takes place in when that differs from the offer's (editable for series).
     */
    public record ScheduledDate(java.time.LocalDate date, java.time.LocalTime start,
                                java.util.Optional<java.time.LocalTime> end, boolean cancelled, Long municipalityId,
                                boolean allDay) {

        public ScheduledDate(java.time.LocalDate date, java.time.LocalTime start,
                             java.util.Optional<java.time.LocalTime> end, boolean cancelled, Long municipalityId) {
            this(date, start, end, cancelled, municipalityId, false);
        }
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
    public EventKind eventKind = EventKind.NONE;
    /** The date of a single event, or the first day of a series. */
    public LocalDate eventFrom;
    /** The last day of a series; empty for open-ended ones (expanded a year ahead, rolled forward nightly). */
    public LocalDate eventUntil;
    public java.time.DayOfWeek eventDay;
    /** 1…5, or {@link EventRule#LAST}. */
    public int eventWeek = 1;
    public int eventDayOfMonth = 1;
    public java.time.LocalTime eventStart;
    public java.time.LocalTime eventEnd;
    /** A single date or a series all day: start and end are then not asked for (and kept as typed). */
    public boolean eventAllDay;
    public final List<DateInput> eventList = new ArrayList<>();
    /** The dates as saved; for a series, a date's own municipality is saved from here. */
    public final List<ScheduledDate> scheduled = new ArrayList<>();
    /** The moderator's reason and note when the offer (or its revision) was sent back. */
    public RejectionReason rejectionCode;
    public String rejectionNote;

    public Text text(String language) {
        return texts.computeIfAbsent(language, l -> new Text());
    }
}
