package de.willkommenvorort.offer;

/** What taking part costs. */
public enum Cost {
    FREE, LOW_COST, PAID
}
