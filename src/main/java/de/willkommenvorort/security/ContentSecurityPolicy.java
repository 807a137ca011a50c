package de.willkommenvorort.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy values of the app's documents (docs/decisions/032, 036). Every
 * document gets {@link #STRICT} unless it says otherwise: scripts only from the app's own files,
 * never a string turned into code. A page that needs inline scripts names them with {@link #strict}
 * and the policy admits exactly those scripts by their hashes; in production that includes the page
 * that starts Vaadin's client ({@code base.ClientPagePolicy}). Only in development, where Vaadin's
 * dev tools build code from strings, does that page take {@link #VAADIN_CLIENT}.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    /**
     * What every document shares: nothing from other origins, no plugins, no framing, forms and
     * the base address kept to the app. Styles may be inline: Vaadin's components and the style
     * attributes of the server pages' markup set them (a style cannot run code).
     */
    private static final String COMMON = "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Scripts from the app's own files only. */
    public static final String STRICT = strict();

    /** Vaadin's client page in development: inline scripts and functions built from strings. */
    public static final String VAADIN_CLIENT = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + COMMON;

    private ContentSecurityPolicy() {
    }

    /** The strict policy that also admits these inline scripts, each by the SHA-256 of its exact text. */
    public static String strict(String... inlineScripts) {
        String hashes = Arrays.stream(inlineScripts).map(script -> " 'sha256-" + sha256(script) + "'")
                .collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'" + hashes + "; " + COMMON;
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
