package de.willkommenvorort.account;

import de.willkommenvorort.security.Actor;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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

    /**
     * The provider the signed-in person acts for when they act as a provider; empty for staff and
     * for jobs, which act for the county. Where providers may do a part of staff's work (a trusted
     * provider's own calendar), this narrows it to the provider's own things.
     */
    public static Optional<Long> actingProvider() {
        Optional<AccountUser> user = get();
        if (user.isEmpty() || user.get().staff()) {
            return Optional.empty();
        }
        Long provider = user.get().providerId();
        if (provider == null) {
            throw new AccessDeniedException("Not a provider");
        }
        return Optional.of(provider);
    }

    public static AccountUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
