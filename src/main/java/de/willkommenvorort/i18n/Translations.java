package de.willkommenvorort.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the language list and the UI strings are read from: the class path's {@code translations/}
 * (built from the project's {@code translations} folder), or a folder named by the system property
 * {@code wvo.translations} or the environment variable {@code WVO_TRANSLATIONS}, so that a county
 * can add or correct a language without a new build.
 */
final class Translations {

    private static final String PROPERTY = "wvo.translations";
    private static final String VARIABLE = "WVO_TRANSLATIONS";

    private Translations() {
    }

    /** A file's text, which must exist. */
    static String read(String fileName) {
        return readIfThere(fileName).orElseThrow(
                () -> new IllegalStateException("translations/" + fileName + " is missing"));
    }

    /** A file's text, if the file is there. */
    static Optional<String> readIfThere(String fileName) {
        Optional<Path> folder = folder();
        try {
            if (folder.isPresent()) {
                Path file = folder.get().resolve(fileName);
                return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            }
            try (InputStream in = Translations.class.getResourceAsStream("/translations/" + fileName)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations/" + fileName, e);
        }
    }

    private static Optional<Path> folder() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            named = System.getenv(VARIABLE);
        }
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
    }
}
