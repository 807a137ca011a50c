package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A service asks who acts on its thread: one role among several, the system actor as staff, nobody. */
class AppRolesTest {

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_moderator_acts_as_staff_but_not_as_an_administrator() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "p-1", null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.MODERATOR))));
        assertThat(AppRoles.actingAs(AppRoles.MODERATOR, AppRoles.ADMIN)).isTrue();
        assertThat(AppRoles.actingAs(AppRoles.ADMIN)).isFalse();
        assertThat(AppRoles.actingAs(AppRoles.TRANSLATOR)).isFalse();
    }

    @Test
    void the_system_acts_as_an_administrator_and_nobody_acts_as_anyone() {
        assertThat(AppRoles.actingAs(AppRoles.ADMIN)).isFalse();
        assertThat(SystemActor.call(() -> AppRoles.actingAs(AppRoles.ADMIN))).isTrue();
    }
}
