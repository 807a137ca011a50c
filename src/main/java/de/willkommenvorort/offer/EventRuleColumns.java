package de.willkommenvorort.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * An {@link EventRule} as the offer row stores it, so that an editor can show the rule and change
 * it later. A list of irregular dates is stored as its kind only: the dates are the rule.
 */
@Embeddable
class EventRuleColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "event_rule_kind", length = 10)
    private EventRule.Kind kind;

    @Column(name = "event_rule_weekday")
    private Integer weekday;

    @Column(name = "event_rule_week_of_month")
    private Integer weekOfMonth;

    @Column(name = "event_rule_day_of_month")
    private Integer dayOfMonth;

    @Column(name = "event_rule_from")
    private LocalDate from;

    @Column(name = "event_rule_until")
    private LocalDate until;

    @Column(name = "event_rule_start")
    private LocalTime start;

    @Column(name = "event_rule_end")
    private LocalTime end;

    // A Boolean, not a boolean: Hibernate leaves the whole embedded rule null (the offer is not an
    // event) only while every one of its columns is NULL.
    @Column(name = "event_rule_all_day")
    private Boolean allDay;

    protected EventRuleColumns() {
    }

    EventRuleColumns(EventRule rule) {
        this.kind = rule.kind();
        this.allDay = rule.allDay();
        switch (rule) {
            case EventRule.Single s -> times(s.date(), Optional.empty(), s.start(), s.end());
            case EventRule.Weekly w -> {
                times(w.from(), w.until(), w.start(), w.end());
                weekday = w.day().getValue();
            }
            case EventRule.MonthlyOnWeekday m -> {
                times(m.from(), m.until(), m.start(), m.end());
                weekday = m.day().getValue();
                weekOfMonth = m.week();
            }
            case EventRule.MonthlyOnDay m -> {
                times(m.from(), m.until(), m.start(), m.end());
                dayOfMonth = m.dayOfMonth();
            }
            case EventRule.DateList ignored -> { }
        }
    }

    private void times(LocalDate from, Optional<LocalDate> until, LocalTime start, Optional<LocalTime> end) {
        this.from = from;
        this.until = until.orElse(null);
        this.start = start;
        this.end = end.orElse(null);
    }

    /** The rule again; a list is rebuilt from the offer's stored dates. */
    EventRule toRule(List<EventRule.Occurrence> listed) {
        Optional<LocalDate> to = Optional.ofNullable(until);
        Optional<LocalTime> ends = Optional.ofNullable(end);
        boolean wholeDays = Boolean.TRUE.equals(allDay);
        return switch (kind) {
            case SINGLE -> new EventRule.Single(from, start, ends, wholeDays);
            case WEEKLY -> new EventRule.Weekly(DayOfWeek.of(weekday), from, to, start, ends, wholeDays);
            case MONTHLY -> weekOfMonth != null
                    ? new EventRule.MonthlyOnWeekday(weekOfMonth, DayOfWeek.of(weekday), from, to, start, ends, wholeDays)
                    : new EventRule.MonthlyOnDay(dayOfMonth, from, to, start, ends, wholeDays);
            case LIST -> new EventRule.DateList(listed);
        };
    }

    EventRule.Kind kind() {
        return kind;
    }
}
