package de.willkommenvorort.info;

/**
 * Where the working text of an info page stands in review. Newcomers never read the working text:
 * they read the last approved version, and only while the page is live (decision 016).
 */
public enum InfoPageState {
    DRAFT, SUBMITTED, PUBLISHED, ARCHIVED
}
