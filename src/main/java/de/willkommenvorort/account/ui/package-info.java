/**
 * Screens for signing in, registering, verifying, resetting a password and managing one's own
 * account, in the same twelve languages as the newcomer side: many volunteers are migrants too.
 */
package de.willkommenvorort.account.ui;
