package de.willkommenvorort.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles of the app, in one place. Newcomers have none: they never sign in. */
public final class AppRoles {

    public static final String PROVIDER = "PROVIDER";
    /** A volunteer who translates offers and info pages (decision 023). */
    public static final String TRANSLATOR = "TRANSLATOR";
    public static final String MODERATOR = "MODERATOR";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }

    /**
     * Whether whoever acts on this thread holds one of these roles: for the rules a service decides
     * itself, beyond what its annotations allow (the system actor holds the staff roles).
     */
    public static boolean actingAs(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authorities::contains);
    }
}
