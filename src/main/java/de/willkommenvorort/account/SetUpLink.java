package de.willkommenvorort.account;

import java.util.Optional;

/**
 * What a staff set-up link (the first administrator's, or an invitation) opens: whether it still
 * works, and the address it was sent to (empty for the first administrator's link from the log,
 * who chooses the address on the set-up page).
 */
public record SetUpLink(AccountService.LinkResult result, Optional<String> email, String role) {
}
