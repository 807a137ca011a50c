/**
 * The county's overview for staff meetings: what is published where, how long submissions wait,
 * open reports, how far translations reach, and where newcomers found nothing. It only reads, and
 * reads other features' tables through SQL (see docs/decisions/017-dashboard-reads-sql.md);
 * searches that found nothing are shown only in groups of at least {@link
 * de.willkommenvorort.dashboard.FoundNothing#K}, so that no single newcomer stands out.
 */
package de.willkommenvorort.dashboard;
