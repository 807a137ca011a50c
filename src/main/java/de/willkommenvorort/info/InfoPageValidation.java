package de.willkommenvorort.info;

import de.willkommenvorort.i18n.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The editor's rules, as field name → translation key. Field names are {@code slug}, {@code order},
 * {@code title.<language>} and {@code body.<language>}.
 */
final class InfoPageValidation {

    /** Lower-case words joined by hyphens: an address that reads the same in every language. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private InfoPageValidation() {
    }

    static Map<String, String> problems(InfoPageForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.slug().isEmpty() || form.slug().length() > InfoPageForm.SLUG_MAX || !SLUG.matcher(form.slug()).matches()) {
            problems.put("slug", "info.error.slug");
        }
        if (form.sortOrder() < 0 || form.sortOrder() > InfoPageForm.ORDER_MAX) {
            problems.put("order", "info.error.order");
        }
        InfoTextInput german = form.texts().getOrDefault(Language.SOURCE, new InfoTextInput("", ""));
        if (german.title().isEmpty()) {
            problems.put(field("title", Language.SOURCE), "info.error.title");
        }
        if (german.body().isEmpty()) {
            problems.put(field("body", Language.SOURCE), "info.error.body");
        }
        for (Language language : Language.values()) {
            InfoTextInput text = form.texts().get(language);
            if (text == null || text.isBlank()) {
                continue;
            }
            if (text.title().isEmpty()) {
                problems.putIfAbsent(field("title", language), "info.error.incomplete");
            }
            if (text.body().isEmpty()) {
                problems.putIfAbsent(field("body", language), "info.error.incomplete");
            }
            if (text.title().length() > InfoText.TITLE_MAX) {
                problems.put(field("title", language), "info.error.too-long");
            }
            if (text.body().length() > InfoText.BODY_MAX) {
                problems.put(field("body", language), "info.error.too-long");
            }
        }
        return problems;
    }

    static String field(String what, Language language) {
        return what + "." + language.code();
    }
}
