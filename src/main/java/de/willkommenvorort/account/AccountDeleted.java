package de.willkommenvorort.account;

/**
 * Published inside the deleting transaction: listeners archive what the provider owned, so that
 * the deletion is all or nothing.
 */
public record AccountDeleted(long accountId, Long providerId, String pseudonym) {
}
