/**
 * What every screen shares: the page shell (PWA manifest, service worker, styles), the layout with
 * the language switch, and the error pages.
 */
package de.willkommenvorort.base;
