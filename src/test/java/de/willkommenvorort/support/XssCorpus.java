package de.willkommenvorort.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The XSS payloads of {@code src/test/resources/xss/payloads.txt}: one per line, {@code \n},
 * {@code \t}, {@code \r} and {@code \\} standing for a line break, tab, carriage return and
 * backslash (so that a payload may span lines), lines starting with {@code #--} are comments.
 * Every payload, if it ran, would call {@code alert}, {@code confirm}, {@code prompt} or
 * {@code print}, or set {@code window.__xss} or {@code document.title}: what {@code XssProbe}
 * watches for.
 */
public final class XssCorpus {

    private static final String FILE = "/xss/payloads.txt";

    private XssCorpus() {
    }

    /** All distinct payloads, in the file's order. */
    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test class path");
            }
            Set<String> payloads = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#--")) {
                    payloads.add(unescape(line));
                }
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload cut to a field's length without splitting a character made of two chars. */
    public static String fit(String payload, int max) {
        if (payload.length() <= max) {
            return payload;
        }
        int end = Character.isHighSurrogate(payload.charAt(max - 1)) ? max - 1 : max;
        return payload.substring(0, end);
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                String replacement = switch (next) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case '\\' -> "\\";
                    default -> null;
                };
                if (replacement != null) {
                    out.append(replacement);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
