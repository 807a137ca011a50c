/**
 * Accounts of volunteers, organisations and county staff: registration, e-mail verification,
 * sign-in with throttling, password reset, ending all sessions, data export and deletion; for county
 * staff a second factor (TOTP), set-up links instead of default passwords, invitations, an
 * absolute session limit and the administrators' staff accounts screen. Newcomers never have an
 * account.
 */
package de.willkommenvorort.account;
