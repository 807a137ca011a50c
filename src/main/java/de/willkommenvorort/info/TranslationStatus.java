package de.willkommenvorort.info;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whether a translation still says what the German original says. A translation keeps a hash of
 * the German title and body it was made from; when the German changes, the hashes differ and the
 * translation is outdated until someone updates it. Offers keep the same idea in their own feature;
 * info pages must not depend on offers, hence this small class of their own.
 */
public enum TranslationStatus {
    CURRENT, OUTDATED, MISSING;

    /** The status of a translation made from {@code translatedFrom} against today's German text. */
    static TranslationStatus of(String germanHashNow, String translatedFrom, boolean present) {
        if (!present) {
            return MISSING;
        }
        return germanHashNow.equals(translatedFrom) ? CURRENT : OUTDATED;
    }

    /** A fingerprint of a German text; the separator keeps "ab" + "c" apart from "a" + "bc". */
    static String sourceHash(String title, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((title + '\u0000' + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
