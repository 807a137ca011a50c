/**
 * What newcomers tell the county, anonymously: reports on an offer ("wrong or outdated",
 * "something is not OK") and searches that found nothing. Nothing identifies the newcomer; abuse
 * is limited by in-memory counters only (docs/decisions/014). Staff work through the reports in a
 * queue of their own. Depends on offers; offers never depend on this feature.
 */
package de.willkommenvorort.report;
