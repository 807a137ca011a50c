/**
 * What every screen shares: the page shell (PWA manifest, service worker, styles), the layout with
 * the language switch, and the error pages; and what operations read of the pages: the route a
 * request's latency is tagged with, the open Vaadin sessions, readiness as a metric.
 */
package de.willkommenvorort.base;
