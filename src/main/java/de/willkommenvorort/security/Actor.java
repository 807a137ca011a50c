package de.willkommenvorort.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in person as the audit trail names them. The principal implements this, so that every
 * feature can name who acts without depending on the accounts feature (which depends on several
 * of them).
 */
public interface Actor {

    /** The name the audit trail knows the person by, never personal data. */
    String pseudonym();

    /** The account acting: what a device keeps for one account (unsaved form input) is filed under it. */
    long accountId();

    /** Who acts on this thread: a pseudonym, or "system" for jobs. */
    static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor.pseudonym();
        }
        if (authentication != null && authentication.isAuthenticated()) {
            // The system actor, or a principal that only tests create.
            String name = authentication.getName();
            return name.length() <= 24 ? name : name.substring(0, 24);
        }
        throw new IllegalStateException("Nobody is acting");
    }
}
