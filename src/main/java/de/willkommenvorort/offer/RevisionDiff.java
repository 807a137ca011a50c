package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a revision changes against the published offer: every field a provider edits, each with
 * its value before and after, and the texts per language (added, removed, changed, the same). A
 * moderator approves the revision as a whole, so they must see every field, with the changed ones
 * marked; the audit entry of the approval keeps the changed ones as "field: value" lines.
 */
public record RevisionDiff(List<FieldChange> fields, List<TextChange> texts) {

    /** The fields compared, in the order of the editor; the label is the editor's own. */
    public enum Field {
        CATEGORY("editor.category", Offer::getCategoryId),
        ORIGINAL_LANGUAGE("editor.original-language", Offer::getOriginalLanguage),
        ONLINE("editor.online", Offer::isOnline),
        MUNICIPALITY("editor.municipality", Offer::getMunicipalityId),
        STREET("editor.street", Offer::getStreet),
        POSTAL_CODE("editor.postal-code", Offer::getPostalCode),
        PLACE_NAME("editor.place-name", Offer::getPlaceName),
        APPOINTMENT_ONLY("editor.appointment-only", Offer::isAppointmentOnly),
        WEEKLY_SLOTS("editor.slot.add", offer -> new TreeSet<>(offer.getWeeklySlots()).stream().map(SlotLine::of).toList()),
        EVENT_DATES("editor.event.scheduled", offer -> offer.getEventDates().stream().map(DateLine::of).toList()),
        PHONE("editor.phone", Offer::getPhone),
        PHONE_PUBLIC("editor.phone.public", Offer::isPhonePublic),
        EMAIL("editor.email", Offer::getEmail),
        EMAIL_PUBLIC("editor.email.public", Offer::isEmailPublic),
        WEBSITE("editor.website", Offer::getWebsite),
        SPOKEN_LANGUAGES("editor.spoken", offer -> sorted(offer.getSpokenLanguages())),
        TARGET_GROUPS("editor.groups", offer -> sorted(offer.getTargetGroups())),
        COST("editor.cost", Offer::getCost),
        REGISTRATION("editor.registration", Offer::isRegistrationRequired),
        CHILDCARE("editor.childcare", Offer::isChildcare),
        WHEELCHAIR("editor.wheelchair", Offer::isWheelchairAccessible),
        COURSE_LEVEL("editor.level", Offer::getCourseLevel),
        NEXT_START("editor.next-start", Offer::getNextStart),
        VALID_UNTIL("editor.valid-until", Offer::getValidUntil);

        private final String labelKey;
        private final Function<Offer, Object> value;

        Field(String labelKey, Function<Offer, Object> value) {
            this.labelKey = labelKey;
            this.value = value;
        }

        public String labelKey() {
            return labelKey;
        }

        /** The name in audit lines: stable, not translated. */
        String auditName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One field's value before and after. Values are the offer's own: ids (category,
     * municipality), enums, booleans, dates, sorted lists; {@code null} for "not given".
     */
    public record FieldChange(Field field, Object before, Object after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** One consultation hour; unlike {@link WeeklySlot#equals} a changed end time counts. */
    public record SlotLine(java.time.DayOfWeek day, LocalTime start, LocalTime end) {
        static SlotLine of(WeeklySlot slot) {
            return new SlotLine(slot.day(), slot.start(), slot.end());
        }

        @Override
        public String toString() {
            return day + " " + start + "-" + end;
        }
    }

    /**
     * One event date as it appears in the comparison: a moved, cancelled or relocated date differs,
     * and so does a date that became all day.
     */
    public record DateLine(LocalDate date, LocalTime start, Optional<LocalTime> end, boolean allDay,
                           boolean cancelled, Optional<Long> municipalityId) {
        static DateLine of(EventDate date) {
            return new DateLine(date.date(), date.start(), date.end(), date.allDay(), date.cancelled(),
                    date.municipalityId());
        }

        @Override
        public String toString() {
            return date + " " + (allDay ? "all day" : start + end.map(e -> "-" + e).orElse(""))
                    + (cancelled ? " cancelled" : "") + municipalityId.map(m -> " municipality " + m).orElse("");
        }
    }

    public enum TextKind { ADDED, REMOVED, CHANGED, SAME }

    /** One language's texts before and after. */
    public record TextChange(String language, TextKind kind, Optional<OfferText> before, Optional<OfferText> after) {
        public boolean changed(OfferText.Part part) {
            return !Objects.equals(before.map(part::of), after.map(part::of));
        }

        public boolean titleChanged() {
            return changed(OfferText.Part.TITLE);
        }

        public boolean summaryChanged() {
            return changed(OfferText.Part.SUMMARY);
        }

        public boolean descriptionChanged() {
            return changed(OfferText.Part.DESCRIPTION);
        }

        public boolean whatToBringChanged() {
            return changed(OfferText.Part.WHAT_TO_BRING);
        }
    }

    /** Compares a revision with the offer it revises. */
    public static RevisionDiff between(Offer published, Offer revision) {
        List<FieldChange> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            fields.add(new FieldChange(field, field.value.apply(published), field.value.apply(revision)));
        }
        TreeSet<String> languages = new TreeSet<>(published.getTexts().keySet());
        languages.addAll(revision.getTexts().keySet());
        List<TextChange> texts = new ArrayList<>();
        // The original language first, as the editor shows it.
        List<String> ordered = new ArrayList<>(languages);
        ordered.sort((a, b) -> a.equals(revision.getOriginalLanguage()) ? -1
                : b.equals(revision.getOriginalLanguage()) ? 1 : a.compareTo(b));
        for (String language : ordered) {
            Optional<OfferText> before = Optional.ofNullable(published.getTexts().get(language));
            Optional<OfferText> after = Optional.ofNullable(revision.getTexts().get(language));
            TextKind kind = before.isEmpty() ? TextKind.ADDED : after.isEmpty() ? TextKind.REMOVED
                    : before.get().sameWords(after.get()) ? TextKind.SAME : TextKind.CHANGED;
            texts.add(new TextChange(language, kind, before, after));
        }
        return new RevisionDiff(List.copyOf(fields), List.copyOf(texts));
    }

    /** Whether the revision changes anything at all. */
    public boolean anyChange() {
        return fields.stream().anyMatch(FieldChange::changed) || texts.stream().anyMatch(t -> t.kind() != TextKind.SAME);
    }

    /** The changed fields and texts as they were, one "field: value" line each, for the audit trail. */
    public String beforeLines() {
        return lines(true);
    }

    /** The changed fields and texts as the revision has them. */
    public String afterLines() {
        return lines(false);
    }

    private String lines(boolean before) {
        List<String> lines = new ArrayList<>();
        for (FieldChange change : fields) {
            if (change.changed()) {
                lines.add(change.field().auditName() + ": " + shown(before ? change.before() : change.after()));
            }
        }
        for (TextChange text : texts) {
            if (text.kind() == TextKind.SAME) {
                continue;
            }
            Optional<OfferText> side = before ? text.before() : text.after();
            if (side.isEmpty()) {
                lines.add("text " + text.language() + ": –");
                continue;
            }
            Optional<OfferText> other = before ? text.after() : text.before();
            lines.add(side.get().auditLines(text.language(), other.orElse(null)));
        }
        return String.join("\n", lines);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
