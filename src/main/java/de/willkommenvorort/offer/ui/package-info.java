/**
 * The newcomer's journey: home with the four building blocks, the result list, and an offer's
 * page. Anonymous, phone first, lazily paged.
 */
package de.willkommenvorort.offer.ui;
