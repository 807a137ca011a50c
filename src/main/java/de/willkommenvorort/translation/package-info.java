/**
 * Translation as work: the missing or outdated texts of a language as an XLIFF 2 file for an
 * agency, its import as proposals, and staff's review of each proposal before it is written into
 * the published offer (the German source is never touched).
 */
package de.willkommenvorort.translation;
