/** The review workspace's screens: both queues, the item with its decisions, and a revision's changes. */
package de.willkommenvorort.review.ui;
