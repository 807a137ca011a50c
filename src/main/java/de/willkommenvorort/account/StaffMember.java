package de.willkommenvorort.account;

import java.time.Instant;
import java.util.Optional;

/**
 * A moderator or administrator as the staff accounts screen lists them.
 *
 * @param invited whether the person has not yet accepted the invitation
 */
public record StaffMember(long id, String name, String email, String role, boolean secondFactor, boolean invited,
                          Optional<Instant> lastSignIn) {

    static StaffMember of(Account account) {
        return new StaffMember(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole(),
                account.hasSecondFactor(), !account.isEmailVerified(), Optional.ofNullable(account.getLastSignInAt()));
    }
}
