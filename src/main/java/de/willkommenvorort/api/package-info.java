/**
 * Open data: a read-only public JSON API under {@code /api/v1/} (issue 14) for a municipality's
 * website, a counselling centre's own list or a national directory. It reads through the same
 * public services as the newcomers' pages, so it shows published, current content only, and
 * never a provider's or a staff member's personal data (a provider's phone or e-mail only where
 * the provider chose to show it). Described by {@code /api/v1/openapi.json}.
 */
package de.willkommenvorort.api;
