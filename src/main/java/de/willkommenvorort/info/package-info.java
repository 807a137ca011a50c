/**
 * The county's info pages: guidance written by staff in German (integration course, recognition of
 * qualifications, Kita and school…) with translations per language. A translation remembers which
 * German text it was made from, so staff see at once what is current, outdated or missing. Newcomers
 * only ever read the last approved version of a page ({@link de.willkommenvorort.info.InfoPages});
 * staff write and review through {@link de.willkommenvorort.info.InfoPageEditing}. This feature
 * knows nothing of offers: the offer pages link to it, never the other way round.
 */
package de.willkommenvorort.info;
