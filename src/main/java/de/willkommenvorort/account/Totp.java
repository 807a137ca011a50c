package de.willkommenvorort.account;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: SHA-1, six
 * digits, 30-second steps, a 160-bit base32 secret. A code is accepted for the step before and
 * after as well (clocks drift), but only for a step later than the last one used, so that a code
 * seen over a shoulder cannot be used again.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final String ISSUER = "Willkommen vor Ort";

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / PERIOD_SECONDS;
    }

    /** The code an authenticator app shows for the secret at that moment. */
    public static String code(String secret, Instant at) {
        return codeAt(secret, step(at));
    }

    /** The time step the code belongs to, if it is right for now ±1 step and newer than {@code lastUsed}. */
    static OptionalLong matchingStep(String secret, String code, Instant now, long lastUsed) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsed && sameCode(codeAt(secret, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// link that the QR code carries, as authenticator apps read it. */
    public static String uri(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    private static String codeAt(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("Not a base32 secret", e);
        }
    }

    private static boolean sameCode(String expected, String typed) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }
}
