package de.willkommenvorort.dashboard.ui;

import java.util.Locale;

/**
 * Writes the SVG of one chart as text. Every text and attribute value goes through
 * {@link #escape(String)}: category and municipality names are typed by administrators, and the
 * markup reaches the browser as inner HTML, so nothing in them may become markup. Tag and attribute
 * names come only from this package's code.
 */
final class SvgMarkup {

    static final String ISOLATE = "\u2068";
    static final String POP_ISOLATE = "\u2069";

    private final StringBuilder out = new StringBuilder();

    private SvgMarkup() {
    }

    /**
     * Opens a chart: scales to the width of its box ({@code viewBox}, width 100 %), is one image
     * for assistive technology with {@code summary} as its name, and writes text in the direction
     * of the UI language (start and end anchors follow it).
     */
    static SvgMarkup chart(double width, double height, String summary, boolean rtl) {
        SvgMarkup svg = new SvgMarkup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + number(width) + " " + number(height),
                "width", "100%", "role", "img", "aria-label", summary, "direction", rtl ? "rtl" : "ltr",
                "class", "chart", "font-size", "12");
        svg.element("title", summary);
        return svg;
    }

    /** A chart that has nothing to show yet says so, instead of drawing empty axes. */
    static String noData(String message, boolean rtl) {
        SvgMarkup svg = chart(400, 32, message, rtl);
        svg.text(message, "x", "200", "y", "20", "text-anchor", "middle", "fill", "currentColor");
        return svg.end();
    }

    SvgMarkup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    SvgMarkup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with only text inside. */
    SvgMarkup element(String tag, String text, String... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        return close(tag);
    }

    /**
     * A text of the chart, isolated for the bidirectional algorithm (FSI … PDI): a German place
     * name or "100 %" in an Arabic chart keeps its own order instead of being reordered by the
     * chart's right-to-left direction.
     */
    SvgMarkup text(String text, String... attributes) {
        return element("text", ISOLATE + text + POP_ISOLATE, attributes);
    }

    /** An element without content, e.g. a rectangle. */
    SvgMarkup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Closes the chart and gives its markup. */
    String end() {
        close("svg");
        return out.toString();
    }

    private void attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come as name-value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
        }
    }

    /** XML escaping, safe in text and in double-quoted attributes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML; they carry nothing a chart needs.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A coordinate, always with a dot, whatever the server's locale. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Shortens a label to {@code max} characters (code points), marking the cut with an ellipsis. */
    static String shorten(String label, int max) {
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
