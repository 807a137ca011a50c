package de.willkommenvorort.base.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only ways a stored, user-written value becomes a link target. Whatever a provider typed or
 * an import stored, the result is an {@code http(s):}, {@code tel:} or {@code mailto:} address or
 * nothing; never {@code javascript:}, {@code data:} or anything else a browser would run.
 */
public final class SafeHref {

    /**
     * http(s), a host that starts with a letter or digit (IDN allowed, no user-info: an
     * {@code https://bank.de@evil} trick is not linked), an optional port, then anything without
     * whitespace or invisible characters (bidi overrides would make the shown address lie).
     */
    private static final Pattern WEB = Pattern.compile(
            "(?i)https?://[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*(?::\\d{1,5})?(?:[/?#][^\\s\\p{C}]*)?");

    /** A practical address check (not RFC 5322): what people type into a contact field. */
    static final String EMAIL_PATTERN = "[A-Za-z0-9._%+\\-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    /** How German numbers are written: "+49 (0) 6621 12-34", "06621/1234", "0800 123 456". */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.\\-]{3,40}");

    private SafeHref() {
    }

    /** The address itself, if it is a plain http or https URL. */
    public static Optional<String> web(String url) {
        String candidate = url == null ? "" : url.strip();
        return WEB.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** A {@code tel:} link of digits and a leading {@code +}, if the value reads as a phone number. */
    public static Optional<String> phone(String phone) {
        String candidate = phone == null ? "" : phone.strip();
        if (!PHONE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        // "+49 (0) 6621": the bracketed trunk zero is dialled only from inside Germany.
        String dialled = candidate.replace("(0)", "").replaceAll("[^0-9]", "");
        if (dialled.length() < 3) {
            return Optional.empty();
        }
        return Optional.of("tel:" + (candidate.startsWith("+") ? "+" : "") + dialled);
    }

    /** A {@code mailto:} link, if the value is one syntactically valid address and nothing else. */
    public static Optional<String> mail(String address) {
        String candidate = address == null ? "" : address.strip();
        return EMAIL.matcher(candidate).matches() ? Optional.of("mailto:" + candidate) : Optional.empty();
    }
}
