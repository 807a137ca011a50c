package de.willkommenvorort.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OWASP ASVS 5.0 passwords: at least 8 characters (15 suggested), up to 128 allowed, any
 * characters, no composition rules; the most common passwords and the person's own e-mail or name
 * are refused. Length counts characters as people see them (code points), after NFKC.
 */
public final class PasswordPolicy {

    public static final int MIN = 8;
    public static final int SUGGESTED = 15;
    public static final int MAX = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("account.password.required");
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN) {
            return Optional.of("account.password.short");
        }
        if (length > MAX) {
            return Optional.of("account.password.long");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("account.password.common");
        }
        if (personal(lower, email) || personal(lower, name)
                || (email != null && email.contains("@") && personal(lower, email.substring(0, email.indexOf('@'))))) {
            return Optional.of("account.password.personal");
        }
        return Optional.empty();
    }

    /** The form in which a password is hashed: the same typed text always gives the same bytes. */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private static boolean personal(String lowerPassword, String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String lowerWord = normalize(word.strip()).toLowerCase(Locale.ROOT);
        return lowerPassword.equals(lowerWord) || lowerPassword.equals(lowerWord.replace(" ", ""));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>(40_000);
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
