/**
 * Screens for signing in, registering, verifying, resetting a password and managing one's own
 * account, in the same twelve languages as the newcomer side: many volunteers are migrants too.
 * Translators register with the same fields ({@link de.willkommenvorort.account.ui.SignUpFields}),
 * so this package is a named interface of account.
 */
@NamedInterface("ui")
package de.willkommenvorort.account.ui;

import org.springframework.modulith.NamedInterface;
