/**
 * The append-only audit trail: who did what to which object, and when. It names people only by
 * their pseudonym, so that it can be kept after an account and its personal data are deleted.
 */
package de.willkommenvorort.audit;
