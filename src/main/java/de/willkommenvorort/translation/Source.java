package de.willkommenvorort.translation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The German a translation starts from: an offer's or an info page's published fields, in order,
 * each with its maximum length, and a fingerprint of them ({@code hash}) that a translation
 * carries so that it is refused once the German has changed.
 */
public record Source(TextRef ref, String originalLanguage, Instant publishedAt, List<Field> fields, String hash) {

    /** One field of the German source. */
    public record Field(String name, String german, int max) {
    }

    /** The German title, by which people know the text. */
    public String title() {
        return fields.getFirst().german();
    }

    public Map<String, String> german() {
        return fields.stream().collect(Collectors.toMap(Field::name, Field::german, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
