package de.willkommenvorort.account;

import de.willkommenvorort.security.Actor;
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
        return Actor.current();
    }

    public static AccountUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
