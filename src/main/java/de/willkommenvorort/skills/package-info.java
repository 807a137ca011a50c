/**
 * "Meine Fähigkeiten": a newcomer's skills profile (schooling, vocational training, studies and
 * degrees, work experience by ISCO-08 occupation, languages with their level, driving licence,
 * wishes) that lives on the phone only. The server sends the page and its words and the occupation
 * lists as static files; the phone keeps, shows, prints, exports and deletes the profile itself,
 * and nothing of it is ever sent (docs/decisions/048). The start page links to it through a
 * {@link de.willkommenvorort.find.HomeTile}; from the profile, plain links lead to the offers
 * that may fit.
 */
package de.willkommenvorort.skills;
