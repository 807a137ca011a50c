/**
 * Accounts of volunteers, organisations and county staff: registration, e-mail verification,
 * sign-in with throttling, password reset, ending all sessions, data export and deletion.
 * Newcomers never have an account.
 */
package de.willkommenvorort.account;
