package de.willkommenvorort.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this request, if anyone. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Who acts, as the audit trail names them: a pseudonym, or "system" for jobs. */
    public static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            return user.pseudonym();
        }
        if (authentication != null && authentication.isAuthenticated()) {
            // The system actor, or a principal that only tests create.
            String name = authentication.getName();
            return name.length() <= 24 ? name : name.substring(0, 24);
        }
        throw new IllegalStateException("Nobody is acting");
    }

    public static AccountUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
