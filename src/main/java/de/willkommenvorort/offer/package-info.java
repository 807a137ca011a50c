/**
 * Offers: what a newcomer can use (counselling, courses, clubs, meetings), with texts in several
 * languages and a review state. Only {@link de.willkommenvorort.offer.ReviewState#PUBLISHED}
 * offers within their valid-until date ever leave this package towards a newcomer.
 */
package de.willkommenvorort.offer;
