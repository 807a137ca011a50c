package de.willkommenvorort.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One date of an event, in wall-clock time of the county, or all day. It may take place somewhere
 * else than the offer usually does, and it may be cancelled while the series goes on. Identified
 * by day and start time: the same event does not start twice at the same minute; an all-day date
 * starts at {@link EventRule#ALL_DAY_START} (never shown).
 */
@Embeddable
public class EventDate implements Comparable<EventDate> {

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(length = Offer.STREET_MAX)
    private String street;

    @Column(name = "place_name", length = 120)
    private String placeName;

    @Column(nullable = false)
    private boolean cancelled;

    protected EventDate() {
    }

    EventDate(EventRule.Occurrence occurrence) {
        this.date = occurrence.date();
        this.start = occurrence.start();
        this.end = occurrence.end().orElse(null);
        this.allDay = occurrence.allDay();
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime start() {
        return start;
    }

    public Optional<LocalTime> end() {
        return Optional.ofNullable(end);
    }

    /** All day: no times to show, "all day" instead. */
    public boolean allDay() {
        return allDay;
    }

    /** The municipality of this date when it differs from the offer's. */
    public Optional<Long> municipalityId() {
        return Optional.ofNullable(municipalityId);
    }

    public Optional<String> street() {
        return Optional.ofNullable(street);
    }

    public Optional<String> placeName() {
        return Optional.ofNullable(placeName);
    }

    public boolean cancelled() {
        return cancelled;
    }

    EventRule.Occurrence occurrence() {
        return new EventRule.Occurrence(date, start, end(), allDay);
    }

    boolean isAt(LocalDate day, LocalTime time) {
        return date.equals(day) && start.equals(time);
    }

    void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    void placeAt(Long municipalityId, String street, String placeName) {
        this.municipalityId = municipalityId;
        this.street = street;
        this.placeName = placeName;
    }

    /** Takes over what an editor decided about the same date before the rule was set again. */
    void keepDecisionsOf(EventDate earlier) {
        this.cancelled = earlier.cancelled;
        placeAt(earlier.municipalityId, earlier.street, earlier.placeName);
    }

    @Override
    public int compareTo(EventDate other) {
        return EventRule.Occurrence.ORDER.compare(occurrence(), other.occurrence());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventDate d && date.equals(d.date) && start.equals(d.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, start);
    }

    @Override
    public String toString() {
        return date + (allDay ? " all day" : "T" + start) + (cancelled ? " (cancelled)" : "");
    }
}
