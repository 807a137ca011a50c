package de.willkommenvorort.translation;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation must be before anyone reviews it, wherever it comes from (an XLIFF file or a
 * translator's form): every field the German has is filled, none is longer than allowed, and the
 * parts that must not change are carried over as written.
 */
final class Check {

    /**
     * What a translation must carry over as written: numbers of three digits or more standing on
     * their own (phone numbers, postal codes, years; in any script's digits; not the digits of a
     * word such as a course code), e-mail and web addresses.
     */
    private static final Pattern FIXED = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{3,}(?![\\p{L}\\d])|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}|(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    /** One problem: the field (or null for the whole text), a translation key, and the part concerned. */
    record Problem(String field, String key, String part) {
    }

    private Check() {
    }

    /** The problems of {@code words} (field → text, stripped) as a translation of {@code source}. */
    static List<Problem> problems(Source source, Map<String, String> words) {
        List<Problem> problems = new ArrayList<>();
        for (Source.Field field : source.fields()) {
            String text = words.getOrDefault(field.name(), "");
            if (text.isBlank() && !field.german().isBlank()) {
                problems.add(new Problem(field.name(), "translation.error.empty", null));
            } else if (text.length() > field.max()) {
                problems.add(new Problem(field.name(), "translation.error.too-long", String.valueOf(field.max())));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String translated = asciiDigits(String.join("\n", words.values()));
        for (String part : fixedParts(String.join("\n", source.german().values()))) {
            if (!translated.contains(part)) {
                problems.add(new Problem(null, "translation.error.missing-part", part));
            }
        }
        return problems;
    }

    /** The parts of a German text a translation must keep as they are. */
    static Set<String> fixedParts(String german) {
        Set<String> parts = new LinkedHashSet<>();
        Matcher matcher = FIXED.matcher(asciiDigits(german));
        while (matcher.find()) {
            parts.add(matcher.group());
        }
        return parts;
    }

    /** Digits of any script as 0–9: "٠٦٦٢١" is "06621". */
    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(c, 10) : -1;
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }
}
