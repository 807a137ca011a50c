package de.willkommenvorort.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file of functions compiled ahead for Vaadin's client ({@code frontend/js/vaadin-functions.js},
 * docs/decisions/036). Each entry is the arguments Vaadin's client passed to {@code new Function}
 * (as one JSON line, the lookup key of {@code js/no-eval.js}) and the function they make. The
 * browser tests learn new entries with {@code -Dwvo.csp.learn=true} and write them here.
 */
public final class PrecompiledFunctions {

    /** Set when the browser tests run to learn expressions (the app then allows eval). */
    public static final boolean LEARNING = Boolean.getBoolean("wvo.csp.learn");

    static final Path FILE = Paths.get("frontend", "js", "vaadin-functions.js");
    private static final Pattern ENTRY = Pattern.compile("^  (\\[\".*\"\\]),\n  function \\(", Pattern.MULTILINE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> ARGUMENTS = new TypeReference<>() { };
    private static final Set<String> learned = new ConcurrentSkipListSet<>();
    /**
     * Expressions on paths no browser test can reach on purpose: Vaadin's answer when a method
     * that the browser called and awaits ({@code @ClientCallable}) threw.
     */
    static final List<String> BESIDES = List.of("[\"$0\",\"this.$server['}p']($0, false)\"]");

    private PrecompiledFunctions() {
    }

    /** An expression the page met that the file lacks (the arguments as JSON). */
    public static void learn(String key) {
        learned.add(key);
    }

    /** When learning: adds what was learned to the file, keeping what it holds. */
    public static synchronized void writeLearned() {
        if (!LEARNING) {
            return;
        }
        List<String> keys = new ArrayList<>(keys(read()));
        for (String key : learned) {
            keys.add(JSON.writeValueAsString(JSON.readValue(key, ARGUMENTS)));
        }
        write(source(keys));
        learned.clear();
    }

    /** The keys (JSON arguments) of the file's entries. */
    public static List<String> keys(String source) {
        List<String> keys = new ArrayList<>();
        Matcher entry = ENTRY.matcher(source);
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        return keys;
    }

    /**
     * The file's text for these keys and {@link #BESIDES}, sorted (so that a rerun changes nothing),
     * each with the function {@code new Function(...arguments)} would make.
     */
    public static String source(Collection<String> given) {
        Set<String> keys = new TreeSet<>(given);
        keys.addAll(BESIDES);
        StringBuilder out = new StringBuilder("""
                /*
                 * Generated: the functions Vaadin's client builds from strings in this app, compiled ahead
                 * so that its pages need no 'unsafe-eval' (js/no-eval.js, docs/decisions/036). Each entry is
                 * the arguments Vaadin's client passes to new Function(...), then the function they make.
                 * Add to it by running the browser tests with -Dwvo.csp.learn=true (README,
                 * "Content-Security-Policy"); do not edit it by hand.
                 */
                window.wvoFunctions = [
                """);
        for (String key : keys) {
            List<String> arguments = JSON.readValue(key, ARGUMENTS);
            String body = arguments.getLast();
            String parameters = String.join(",", arguments.subList(0, arguments.size() - 1));
            out.append("  ").append(key).append(",\n")
                    .append("  function (").append(parameters).append(") {\n")
                    .append(body).append("\n  },\n");
        }
        return out.append("];\n").toString();
    }

    public static String read() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String source) {
        try {
            Files.writeString(FILE, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
