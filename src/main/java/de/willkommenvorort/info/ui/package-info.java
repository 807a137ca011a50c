/**
 * Info pages on screen: the newcomers' list and page ({@code /info}, {@code /info/:slug}) inside the
 * app frame, and the staff's overview with its translation matrix and the editor
 * ({@code staff/info}, {@code staff/info/:id}).
 */
package de.willkommenvorort.info.ui;
