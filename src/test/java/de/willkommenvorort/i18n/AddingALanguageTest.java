package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language takes a line in {@code languages.txt} and its messages file, no Java change:
 * a copy of the project's translations gains Hebrew (right to left, its readers also reading
 * English), and the app, started on that folder in a JVM of its own, speaks it.
 */
class AddingALanguageTest {

    @Test
    void a_line_and_a_file_add_a_language(@TempDir Path folder) throws IOException, InterruptedException {
        try (var files = Files.list(Path.of("translations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        int before = Language.all().size();
        Files.writeString(folder.resolve("languages.txt"), "he | he | rtl | עברית | en\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String english = Files.readString(folder.resolve("messages_en.properties"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("messages_he.properties"),
                english.replaceFirst("(?m)^home\\.title=.*$", "home.title=ברוכים הבאים למחוז שלנו!"), StandardCharsets.UTF_8);

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dwvo.translations=" + folder,
                LanguageProbe.class.getName(), "he", "he-IL").redirectErrorStream(true).start();
        List<String> facts = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(String.join("\n", facts)).isZero();

        assertThat(facts).contains("languages=" + (before + 1), "direction=rtl", "name=עברית", "reads=en",
                "browser=he,en", "ui=he", "home.title=ברוכים הבאים למחוז שלנו!", "in.german=Hebräisch",
                "provided=true");
    }
}
