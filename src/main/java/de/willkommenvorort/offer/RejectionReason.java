package de.willkommenvorort.offer;

/**
 * Why a moderator sent an offer back. A code, so that the provider reads it in their own
 * language; the moderator's optional note is shown as written.
 */
public enum RejectionReason {
    INCOMPLETE, UNCLEAR, NOT_FOR_NEWCOMERS, COMMERCIAL, DUPLICATE, WRONG_CATEGORY, OUTDATED, OTHER;

    public String labelKey() {
        return "offer.rejection." + name().toLowerCase().replace('_', '-');
    }
}
