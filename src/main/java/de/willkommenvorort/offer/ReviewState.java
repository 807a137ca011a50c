package de.willkommenvorort.offer;

/** Where an offer stands in review. Only PUBLISHED is ever shown to newcomers. */
public enum ReviewState {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, ARCHIVED, EXPIRED
}
