package de.willkommenvorort.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A weekly consultation slot: "Mondays 09:00–12:00". */
@Embeddable
public class WeeklySlot implements Comparable<WeeklySlot> {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WeeklySlot() {
    }

    public WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A slot ends after it starts: " + start + "–" + end);
        }
        this.dayOfWeek = day.getValue();
        this.start = start;
        this.end = end;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    @Override
    public int compareTo(WeeklySlot other) {
        int byDay = Integer.compare(dayOfWeek, other.dayOfWeek);
        return byDay != 0 ? byDay : start.compareTo(other.start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySlot s && dayOfWeek == s.dayOfWeek && start.equals(s.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, start);
    }
}
