package de.willkommenvorort.dashboard;

/**
 * Newcomers' reports not yet resolved, and how many offers have at least {@link #FLAGGED} of
 * them, the ones staff should look at first.
 */
public record OpenReports(long open, long flaggedOffers) {

    public static final int FLAGGED = 2;
}
