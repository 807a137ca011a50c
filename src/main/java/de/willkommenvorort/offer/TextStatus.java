package de.willkommenvorort.offer;

/** Whether a translation still matches its source text. */
public enum TextStatus {
    CURRENT, OUTDATED
}
