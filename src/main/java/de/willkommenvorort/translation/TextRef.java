package de.willkommenvorort.translation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text translators work on: a published offer (an event series is an offer too) or a live info
 * page. Its key ({@code offer-12}, {@code info-3}) names it in XLIFF files and in addresses.
 */
public record TextRef(Kind kind, long id) {

    private static final Pattern KEY = Pattern.compile("(offer|info)-(\\d{1,18})");

    /** What is translated, and its fields in the order a translator meets them. */
    public enum Kind {
        OFFER("offer", List.of("title", "summary", "description", "what-to-bring")),
        INFO_PAGE("info", List.of("title", "body"));

        private final String prefix;
        private final List<String> fields;

        Kind(String prefix, List<String> fields) {
            this.prefix = prefix;
            this.fields = fields;
        }

        public List<String> fields() {
            return fields;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static TextRef offer(long id) {
        return new TextRef(Kind.OFFER, id);
    }

    public static TextRef infoPage(long id) {
        return new TextRef(Kind.INFO_PAGE, id);
    }

    /** {@code offer-12} or {@code info-3}; anything else is no reference. */
    public static Optional<TextRef> parse(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Kind kind = matcher.group(1).equals(Kind.OFFER.prefix) ? Kind.OFFER : Kind.INFO_PAGE;
        return Optional.of(new TextRef(kind, Long.parseLong(matcher.group(2))));
    }

    public String key() {
        return kind.prefix + "-" + id;
    }
}
