package de.willkommenvorort.base.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a server page says about itself in its head: the description search engines and
 * messengers show, its canonical address (a path inside the app, without the language, which the
 * alternates add), whether it may be indexed, and schema.org objects written as JSON-LD.
 *
 * @param description    one or two sentences in the page's language
 * @param canonicalPath  e.g. {@code offer/12} or {@code offers?block=work}; empty for the start page
 * @param indexable      false for pages that must not appear in search engines (errors)
 * @param structuredData schema.org objects, each a JSON object as nested maps and lists
 * @param textLanguage   the language the page's main text is in, when it differs from the UI's
 */
public record PageMeta(String description, String canonicalPath, boolean indexable,
                       List<Map<String, Object>> structuredData, Optional<String> textLanguage) {

    public PageMeta {
        structuredData = List.copyOf(structuredData);
    }

    /** Descriptions longer than this are cut at a word: what search engines show of them. */
    public static final int DESCRIPTION_MAX = 160;

    /** A text's start as a description: one line, at most {@link #DESCRIPTION_MAX} characters, cut at a word. */
    public static String summary(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (line.length() <= DESCRIPTION_MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', DESCRIPTION_MAX - 1);
        return line.substring(0, cut > DESCRIPTION_MAX / 2 ? cut : DESCRIPTION_MAX - 1) + "…";
    }

    public static PageMeta of(String description, String canonicalPath) {
        return new PageMeta(description, canonicalPath, true, List.of(), Optional.empty());
    }

    public PageMeta withStructuredData(List<Map<String, Object>> data) {
        return new PageMeta(description, canonicalPath, indexable, data, textLanguage);
    }

    public PageMeta notIndexed() {
        return new PageMeta(description, canonicalPath, false, structuredData, textLanguage);
    }

    public PageMeta writtenIn(String language) {
        return new PageMeta(description, canonicalPath, indexable, structuredData, Optional.of(language));
    }
}
