package de.willkommenvorort.account;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff member who gave the right password and still owes the second factor. Kept in the HTTP
 * session, not as the signed-in person: until the code is right, every page and service sees a
 * stranger.
 *
 * @param setUp whether the person has a second factor already (else they set one up first)
 */
public record PendingSignIn(long accountId, String email, boolean setUp, Instant since) implements Serializable {

    /** The session attribute holding the pending sign-in. */
    public static final String ATTRIBUTE = "wvo.pending-sign-in";
    /** The session attribute holding the secret offered on the set-up page, until confirmed. */
    public static final String NEW_SECRET = "wvo.pending-secret";
    /** How long the code page waits after the password. */
    public static final Duration VALID = Duration.ofMinutes(10);

    public static final String CODE_ROUTE = "login/code";
    public static final String SET_UP_ROUTE = "login/second-factor";

    /** Where the person goes next: the code page, or the set-up page if there is no factor yet. */
    public String route() {
        return setUp ? CODE_ROUTE : SET_UP_ROUTE;
    }

    boolean expired(Instant now) {
        return since.plus(VALID).isBefore(now);
    }
}
