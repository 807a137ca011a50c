package de.willkommenvorort.dashboard;

/** How far back the "found nothing" figures reach. */
public enum SearchPeriod {
    LAST_30_DAYS(30), LAST_90_DAYS(90), LAST_365_DAYS(365);

    private final int days;

    SearchPeriod(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
