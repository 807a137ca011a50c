package de.willkommenvorort.offer;

import de.willkommenvorort.mail.Mailer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a provider's form on the server. Returns field name to translation key; the field names
 * are the ones the editor registers ({@code text.ar.title}, {@code phone}, …).
 */
final class OfferValidation {

    static final int MAX_YEARS_AHEAD = 2;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/\\-]{5,40}$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{5}$");

    private OfferValidation() {
    }

    static Map<String, String> problems(OfferForm form, LocalDate today, boolean knownCategory, boolean knownPlace) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.categoryId == null || !knownCategory) {
            problems.put("category", "offer.form.category.required");
        }
        OfferForm.Text original = form.texts.get(form.originalLanguage);
        if (original == null || original.isEmpty()) {
            problems.put("text." + form.originalLanguage + ".title", "offer.form.title.required");
        }
        form.texts.forEach((language, text) -> {
            if (text.isEmpty() && !language.equals(form.originalLanguage)) {
                return;
            }
            String prefix = "text." + language + ".";
            limit(problems, prefix + "title", text.title, OfferText.TITLE_MAX, true);
            limit(problems, prefix + "summary", text.summary, OfferText.SUMMARY_MAX, true);
            limit(problems, prefix + "description", text.description, OfferText.DESCRIPTION_MAX, false);
            limit(problems, prefix + "whatToBring", text.whatToBring, OfferText.WHAT_TO_BRING_MAX, false);
        });
        if (!form.online) {
            if (form.municipalityId == null || !knownPlace) {
                problems.put("municipality", "offer.form.municipality.required");
            }
            limit(problems, "street", form.street, Offer.STREET_MAX, false);
            limit(problems, "placeName", form.placeName, Offer.PLACE_NAME_MAX, false);
            if (!form.postalCode.isBlank() && !POSTAL_CODE.matcher(form.postalCode.strip()).matches()) {
                problems.put("postalCode", "offer.form.postal-code.invalid");
            }
        }
        if (form.phone.isBlank() && form.email.isBlank() && form.website.isBlank()) {
            problems.put("phone", "offer.form.contact.required");
        }
        if (!form.phone.isBlank() && !PHONE.matcher(form.phone.strip()).matches()) {
            problems.put("phone", "offer.form.phone.invalid");
        }
        if (!form.email.isBlank() && !Mailer.validAddress(form.email.strip())) {
            problems.put("email", "offer.form.email.invalid");
        }
        if (!form.website.isBlank() && !webAddress(form.website.strip())) {
            problems.put("website", "offer.form.website.invalid");
        }
        if (form.spokenLanguages.isEmpty()) {
            problems.put("spokenLanguages", "offer.form.languages.required");
        }
        if (form.targetGroups.isEmpty()) {
            problems.put("targetGroups", "offer.form.groups.required");
        }
        if (form.cost == null) {
            problems.put("cost", "offer.form.cost.required");
        }
        for (int i = 0; i < form.weeklySlots.size(); i++) {
            OfferForm.Slot slot = form.weeklySlots.get(i);
            if (slot == null || slot.day() == null || slot.start() == null || slot.end() == null || !slot.start().isBefore(slot.end())) {
                problems.put("slot." + i, "offer.form.slot.invalid");
            }
        }
        if (form.eventKind != null && form.eventKind != OfferForm.EventKind.NONE) {
            try {
                eventRule(form);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.put("event", "offer.form.event.invalid");
            }
        }
        if (form.validUntil != null && (form.validUntil.isBefore(today)
                || form.validUntil.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            problems.put("validUntil", "offer.form.valid-until.invalid");
        }
        if (form.nextStart != null && form.nextStart.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            problems.put("nextStart", "offer.form.next-start.invalid");
        }
        return problems;
    }

    /**
     * The event rule the form describes; throws when a part is missing or impossible (an end
     * before the start, a list without dates). Times typed for an all-day date are left out.
     */
    static EventRule eventRule(OfferForm form) {
        boolean allDay = form.eventAllDay;
        java.time.LocalTime start = allDay ? EventRule.ALL_DAY_START : form.eventStart;
        java.util.Optional<java.time.LocalTime> end = allDay ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(form.eventEnd);
        java.util.Optional<LocalDate> until = java.util.Optional.ofNullable(form.eventUntil);
        return switch (form.eventKind) {
            case SINGLE -> new EventRule.Single(java.util.Objects.requireNonNull(form.eventFrom), start, end, allDay);
            case WEEKLY -> new EventRule.Weekly(form.eventDay, form.eventFrom, until, start, end, allDay);
            case MONTHLY_WEEKDAY -> new EventRule.MonthlyOnWeekday(form.eventWeek, form.eventDay, form.eventFrom, until,
                    start, end, allDay);
            case MONTHLY_DAY -> new EventRule.MonthlyOnDay(form.eventDayOfMonth, form.eventFrom, until, start, end,
                    allDay);
            case LIST -> new EventRule.DateList(form.eventList.stream().map(d -> d.allDay()
                    ? EventRule.Occurrence.wholeDay(java.util.Objects.requireNonNull(d.date()))
                    : new EventRule.Occurrence(d.date(), d.start(), java.util.Optional.ofNullable(d.end()))).toList());
            case NONE -> throw new IllegalArgumentException("Not an event");
        };
    }

    /** Only http and https addresses with a host: a "javascript:" link is never saved. */
    static boolean webAddress(String value) {
        if (value.length() > Offer.WEBSITE_MAX) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void limit(Map<String, String> problems, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            problems.put(field, "form.required");
        } else if (value != null && value.strip().length() > max) {
            problems.put(field, "form.too-long");
        }
    }
}
