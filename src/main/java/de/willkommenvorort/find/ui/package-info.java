/** The newcomers' reading pages (server pages); package-private views with their routes. */
package de.willkommenvorort.find.ui;
