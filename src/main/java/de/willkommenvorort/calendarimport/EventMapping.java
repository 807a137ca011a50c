package de.willkommenvorort.calendarimport;

import de.willkommenvorort.calendarimport.CalendarImport.Report.Why;
import de.willkommenvorort.calendarimport.ImportedEvent.ChangedDate;
import de.willkommenvorort.calendarimport.ImportedEvent.Recurrence;
import de.willkommenvorort.calendarimport.ImportedEvent.WeekdayNum;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.EventRule;
import de.willkommenvorort.offer.EventRule.Occurrence;
import de.willkommenvorort.offer.ImportedOffers.DatePlace;
import de.willkommenvorort.offer.ImportedOffers.ImportedOffer;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one event of a calendar becomes here: its category and municipality by the staff's rules
 * (the first keyword found wins; then a municipality named or its postal code in the location;
 * then the source's defaults), its dates as the app's own rule where the source's rule is one
 * ("every Tuesday", "2nd Wednesday of the month", "on the 15th") so newcomers read it as such, and
 * otherwise as the list of its coming dates. An all-day event is all day here too, and one over
 * several days (a three-day festival) is one all-day date for each of its days. What the app cannot
 * show truthfully is not imported and is named in the report: an event that is over, one cancelled
 * before it was ever imported, and a rule with no date in the coming year.
 */
final class EventMapping {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b(\\d{5})\\b");
    private static final Locale GERMAN = Locale.GERMAN;

    /** What an event gets when no rule says otherwise. */
    record Defaults(long providerId, long categoryId, long municipalityId, Cost cost) {
    }

    /** A staff rule: this keyword (in the event's texts, or in its location) means this category or municipality. */
    record Rule(CalendarRules.Kind kind, String keyword, long targetId) {
    }

    sealed interface Result {
    }

    record Mapped(ImportedOffer offer) implements Result {
    }

    record NotImported(Why why) implements Result {
    }

    private EventMapping() {
    }

    static Result map(ImportedEvent event, Defaults defaults, List<Rule> rules, List<MunicipalityRef> municipalities,
                      LocalDate today) {
        if (event.cancelled()) {
            return new NotImported(Why.CANCELLED);
        }
        Optional<Dates> dates = dates(event, today);
        if (dates.isEmpty()) {
            return new NotImported(event.recurrence().isPresent() ? Why.NO_DATES : Why.OVER);
        }
        Place place = Place.of(event.location());
        String texts = String.join(" ", event.title(), event.description(), String.join(" ", event.categories()))
                .toLowerCase(GERMAN);
        long category = rules.stream().filter(rule -> rule.kind() == CalendarRules.Kind.CATEGORY)
                .filter(rule -> texts.contains(rule.keyword().toLowerCase(GERMAN))).map(Rule::targetId)
                .findFirst().orElse(defaults.categoryId());
        long municipality = municipality(event.location(), place, rules, municipalities)
                .orElse(defaults.municipalityId());
        String description = cut(event.description(), OfferText.DESCRIPTION_MAX);
        return new Mapped(new ImportedOffer(defaults.providerId(), category, municipality, place.street(),
                place.postalCode(), place.name(),
                event.geo().map(ImportedEvent.Geo::latitude).orElse(null),
                event.geo().map(ImportedEvent.Geo::longitude).orElse(null), "de",
                cut(event.title().isBlank() ? event.location() : event.title(), OfferText.TITLE_MAX),
                cut(summary(event), OfferText.SUMMARY_MAX), description.strip(),
                event.url().map(Object::toString).filter(url -> url.length() <= Offer.WEBSITE_MAX).orElse(null),
                defaults.cost(), dates.get().rule(), dates.get().cancelled(),
                elsewhere(event, dates.get().rule(), municipality, rules, municipalities, today)));
    }

    /**
     * The dates of a series the source moved to another place (RECURRENCE-ID with its own LOCATION),
     * placed by the same rules; where no rule or name says otherwise, in the series' municipality.
     */
    private static List<DatePlace> elsewhere(ImportedEvent event, EventRule rule, long seriesMunicipality,
                                             List<Rule> rules, List<MunicipalityRef> municipalities, LocalDate today) {
        List<Occurrence> scheduled = rule.occurrences(today);
        List<DatePlace> elsewhere = new ArrayList<>();
        for (ChangedDate changed : event.changedDates()) {
            if (changed.cancelled() || changed.location().isBlank() || changed.location().equals(event.location())) {
                continue;
            }
            Occurrence becomes = changed(changed);
            Optional<Occurrence> date = scheduled.stream().filter(at -> at.start().equals(becomes.start())
                    && at.allDay() == becomes.allDay()
                    && (at.date().equals(changed.startDate()) || at.date().equals(changed.originalDate()))).findFirst();
            if (date.isPresent()) {
                Place place = Place.of(changed.location());
                elsewhere.add(new DatePlace(date.get(), municipality(changed.location(), place, rules, municipalities)
                        .orElse(seriesMunicipality), place.street(), place.name()));
            }
        }
        return elsewhere;
    }

    /** The app's rule for the event's dates, and the dates of it that do not take place. */
    record Dates(EventRule rule, List<Occurrence> cancelled) {
    }

    static Optional<Dates> dates(ImportedEvent event, LocalDate today) {
        boolean allDay = event.allDay();
        LocalTime start = allDay ? EventRule.ALL_DAY_START : event.startTime().orElseThrow();
        // An end on another day (a timed event over several days) is not an end time of its first day.
        Optional<LocalTime> end = event.endTime().filter(time -> event.endDate().equals(event.startDate())
                && time.isAfter(start));
        // All day over several days: each day is a date of its own.
        long moreDays = allDay ? ChronoUnit.DAYS.between(event.startDate(), event.endDate()) : 0;
        Function<LocalDate, List<Occurrence>> on = date -> allDay
                ? Occurrence.everyDay(date, date.plusDays(moreDays)) : List.of(new Occurrence(date, start, end));
        if (event.recurrence().isEmpty()) {
            if (event.endDate().isBefore(today)) {
                return Optional.empty();
            }
            if (moreDays == 0) {
                return Optional.of(new Dates(new EventRule.Single(event.startDate(), start, end, allDay), List.of()));
            }
            // Begun already: its remaining days.
            LocalDate first = event.startDate().isBefore(today) ? today : event.startDate();
            return Optional.of(new Dates(new EventRule.DateList(Occurrence.everyDay(first, event.endDate())),
                    List.of()));
        }
        Recurrence recurrence = event.recurrence().get();
        List<LocalDate> coming = expand(event.startDate(), recurrence, today);
        List<Occurrence> cancelled = new ArrayList<>();
        for (LocalDate date : coming) {
            if (event.exceptions().contains(date) || event.changedDates().stream()
                    .anyMatch(changed -> changed.originalDate().equals(date) && changed.cancelled())) {
                cancelled.addAll(on.apply(date));
            }
        }
        boolean moved = event.changedDates().stream().anyMatch(changed -> !changed.cancelled()
                && (!changed.startDate().equals(changed.originalDate()) || !changed.startTime().equals(event.startTime())
                || !changed.endTime().equals(event.endTime())));
        Optional<EventRule> own = moved || moreDays > 0 ? Optional.empty()
                : ownRule(event.startDate(), recurrence, start, end, allDay);
        if (own.isPresent()) {
            return own.get().occurrences(today).isEmpty() ? Optional.empty() : Optional.of(new Dates(own.get(), cancelled));
        }
        // A rule the app has no words for, or dates moved on their own: the coming dates as a list.
        List<Occurrence> list = new ArrayList<>();
        for (LocalDate date : coming) {
            Optional<ChangedDate> changed = event.changedDates().stream()
                    .filter(c -> c.originalDate().equals(date) && !c.cancelled()).findFirst();
            if (changed.isPresent()) {
                list.add(changed(changed.get()));
            } else {
                list.addAll(on.apply(date));
            }
        }
        List<Occurrence> distinct = list.stream().distinct().limit(EventRule.MAX_DATES).toList();
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        List<Occurrence> stillCancelled = cancelled.stream().filter(distinct::contains).toList();
        return Optional.of(new Dates(new EventRule.DateList(distinct), stillCancelled));
    }

    /** The date a changed date of a series becomes: at its own time, or all day when it has none. */
    private static Occurrence changed(ChangedDate changed) {
        if (changed.startTime().isEmpty()) {
            return Occurrence.wholeDay(changed.startDate());
        }
        LocalTime start = changed.startTime().get();
        return new Occurrence(changed.startDate(), start, changed.endTime().filter(time -> time.isAfter(start)));
    }

    /** The rule in the app's own words, where it has them: weekly on one day, monthly on a weekday or a day. */
    private static Optional<EventRule> ownRule(LocalDate first, Recurrence recurrence, LocalTime start,
                                               Optional<LocalTime> end, boolean allDay) {
        if (recurrence.interval() != 1) {
            return Optional.empty();
        }
        Optional<LocalDate> until = recurrence.until();
        if (recurrence.count().isPresent()) {
            List<LocalDate> all = expand(first, recurrence, first);
            until = all.isEmpty() ? Optional.of(first) : Optional.of(all.getLast());
        }
        List<WeekdayNum> days = recurrence.byDay();
        switch (recurrence.frequency()) {
            case "WEEKLY" -> {
                if (days.size() <= 1 && recurrence.byMonthDay().isEmpty()) {
                    DayOfWeek day = days.isEmpty() ? first.getDayOfWeek() : days.getFirst().day();
                    return Optional.of(new EventRule.Weekly(day, first, until, start, end, allDay));
                }
            }
            case "MONTHLY" -> {
                if (days.isEmpty() && recurrence.byMonthDay().size() <= 1) {
                    int day = recurrence.byMonthDay().isEmpty() ? first.getDayOfMonth() : recurrence.byMonthDay().getFirst();
                    if (day >= 1) {
                        return Optional.of(new EventRule.MonthlyOnDay(day, first, until, start, end, allDay));
                    }
                }
                if (days.size() == 1 && recurrence.byMonthDay().isEmpty()) {
                    int week = days.getFirst().ordinal();
                    if (week == EventRule.LAST || (week >= 1 && week <= 5)) {
                        return Optional.of(new EventRule.MonthlyOnWeekday(week, days.getFirst().day(), first, until,
                                start, end, allDay));
                    }
                }
            }
            default -> {
                // Daily and yearly rules are lists of dates here.
            }
        }
        return Optional.empty();
    }

    /**
     * The dates of the rule from {@code from} on, up to a year ahead of it and at most
     * {@link EventRule#MAX_DATES}; COUNT and UNTIL end it as in RFC 5545 (COUNT counts from the
     * first date, also the dates before {@code from}).
     */
    static List<LocalDate> expand(LocalDate first, Recurrence recurrence, LocalDate from) {
        LocalDate horizon = (from.isAfter(first) ? from : first).plus(EventRule.HORIZON);
        LocalDate last = recurrence.until().filter(until -> until.isBefore(horizon)).orElse(horizon);
        List<LocalDate> dates = new ArrayList<>();
        int counted = 0;
        for (LocalDate date = first; !date.isAfter(last) && dates.size() < EventRule.MAX_DATES; date = date.plusDays(1)) {
            if (matches(first, recurrence, date)) {
                counted++;
                if (recurrence.count().isPresent() && counted > recurrence.count().get()) {
                    break;
                }
                if (!date.isBefore(from)) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    private static boolean matches(LocalDate first, Recurrence recurrence, LocalDate date) {
        int interval = Math.max(1, recurrence.interval());
        List<WeekdayNum> days = recurrence.byDay();
        return switch (recurrence.frequency()) {
            case "DAILY" -> ChronoUnit.DAYS.between(first, date) % interval == 0
                    && (days.isEmpty() || days.stream().anyMatch(day -> day.day() == date.getDayOfWeek()));
            case "WEEKLY" -> ChronoUnit.WEEKS.between(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % interval == 0
                    && (days.isEmpty() ? date.getDayOfWeek() == first.getDayOfWeek()
                    : days.stream().anyMatch(day -> day.day() == date.getDayOfWeek()));
            case "MONTHLY" -> ChronoUnit.MONTHS.between(first.withDayOfMonth(1), date.withDayOfMonth(1)) % interval == 0
                    && (!recurrence.byMonthDay().isEmpty() ? recurrence.byMonthDay().contains(date.getDayOfMonth())
                    : !days.isEmpty() ? days.stream().anyMatch(day -> inMonth(day, date))
                    : date.getDayOfMonth() == first.getDayOfMonth());
            case "YEARLY" -> ChronoUnit.YEARS.between(first.withDayOfYear(1), date.withDayOfYear(1)) % interval == 0
                    && date.getMonth() == first.getMonth() && date.getDayOfMonth() == first.getDayOfMonth();
            default -> false;
        };
    }

    /** {@code 2WE}: the second Wednesday of the date's month; {@code -1FR} the last Friday; {@code MO} every Monday. */
    private static boolean inMonth(WeekdayNum day, LocalDate date) {
        if (day.day() != date.getDayOfWeek()) {
            return false;
        }
        if (day.ordinal() == 0) {
            return true;
        }
        if (day.ordinal() < 0) {
            return date.plusWeeks(-day.ordinal()).getMonth() != date.getMonth()
                    && date.plusWeeks(-day.ordinal() - 1).getMonth() == date.getMonth();
        }
        return (date.getDayOfMonth() - 1) / 7 + 1 == day.ordinal();
    }

    /** The staff's location rules, then a municipality the location names, then its postal code. */
    private static Optional<Long> municipality(String location, Place place, List<Rule> rules,
                                               List<MunicipalityRef> municipalities) {
        String where = location.toLowerCase(GERMAN);
        Optional<Long> ruled = rules.stream().filter(rule -> rule.kind() == CalendarRules.Kind.MUNICIPALITY)
                .filter(rule -> where.contains(rule.keyword().toLowerCase(GERMAN))).map(Rule::targetId).findFirst();
        if (ruled.isPresent()) {
            return ruled;
        }
        for (MunicipalityRef municipality : municipalities) {
            if (Pattern.compile("\\b" + Pattern.quote(municipality.name().toLowerCase(GERMAN)) + "\\b",
                    Pattern.UNICODE_CHARACTER_CLASS).matcher(where).find()) {
                return Optional.of(municipality.id());
            }
        }
        return place.postalCode() == null ? Optional.empty() : municipalities.stream()
                .filter(municipality -> place.postalCode().equals(municipality.postalCode()))
                .map(MunicipalityRef::id).findFirst();
    }

    /** The first paragraph of the description, or the title where there is none. */
    private static String summary(ImportedEvent event) {
        String first = event.description().strip().split("\\n\\s*\\n|\\n", 2)[0].strip();
        return first.isEmpty() ? event.title() : first;
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1).strip() + "…";
    }

    /**
     * "Rathaus Musterstadt, Marktplatz 1, 12345 Musterstadt": the place's name, its street (a part
     * with a number) and its postal code, as far as a location line says them.
     */
    record Place(String name, String street, String postalCode) {

        static Place of(String location) {
            String[] parts = location.split(",");
            String name = null;
            String street = null;
            String postalCode = null;
            for (String raw : parts) {
                String part = raw.strip();
                Matcher code = POSTAL_CODE.matcher(part);
                if (postalCode == null && code.find() && part.startsWith(code.group(1))) {
                    postalCode = code.group(1);
                } else if (name == null && !part.isEmpty() && (street != null || !part.matches(".*\\d.*"))) {
                    name = part;
                } else if (street == null && part.matches(".*\\d.*")) {
                    street = part;
                }
            }
            return new Place(name == null ? null : cut(name, Offer.PLACE_NAME_MAX),
                    street == null ? null : cut(street, Offer.STREET_MAX), postalCode);
        }
    }
}
