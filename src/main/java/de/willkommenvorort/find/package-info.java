/**
 * Finding help, as a newcomer does: the start page with the four building blocks, the list of
 * offers with its filters, an offer's page, the events by date and the offers saved on the phone.
 * All of them are server pages (docs/decisions/018): complete HTML from the offer and search
 * features' public services, no state between requests. Also the sitemap's offer pages and "I found
 * nothing".
 */
package de.willkommenvorort.find;
