package de.willkommenvorort.calendarimport;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DESCRIPTION as plain text. Google Calendar stores what its editor produces, HTML, in a field
 * RFC 5545 defines as plain text; shown as it is, a newcomer would read {@code <br>} and
 * {@code <a href=...>}. Line breaks and paragraphs become newlines, a link keeps its address in
 * brackets, other markup goes. Only tags (a {@code <} followed by a letter, {@code /} or {@code !})
 * are removed, so a plain text's "Kinder <6 Jahre" stays as it is.
 */
final class PlainText {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile(
            "<a\\s[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH = Pattern.compile("</?p(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[/!]?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|nbsp);");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "#39", "'", "nbsp", " ");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private PlainText() {
    }

    static String of(String description) {
        String text = description.replace("\r\n", "\n");
        text = COMMENT.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(link(link)));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = PARAGRAPH.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        // Decoded last and in one pass, so "&amp;lt;" becomes the text "&lt;", not "<".
        text = ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(ENTITIES.get(entity.group(1))));
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** "label (address)", or just the label where it is the address already. */
    private static String link(MatchResult link) {
        String href = link.group(1) != null ? link.group(1) : link.group(2) != null ? link.group(2) : link.group(3);
        String label = TAG.matcher(link.group(4)).replaceAll("").strip();
        String address = href.strip();
        if (label.isEmpty()) {
            return address;
        }
        if (label.equals(address) || ("mailto:" + label).equalsIgnoreCase(address)) {
            return label;
        }
        return label + " (" + address + ")";
    }
}
