/**
 * The screens of offers that are not the newcomers' reading pages: the provider's editor and
 * "my offers", expiring offers, the contact form and the calendar files. The offer panel
 * ({@link de.willkommenvorort.offer.ui.OfferDetailsPanel}) and the offer vocabulary (labels of
 * blocks, costs, target groups and review states) are shared with the newcomers' pages in
 * {@code find} and the staff's review workspace in {@code review}, so this package is a named
 * interface of offer.
 */
@NamedInterface("ui")
package de.willkommenvorort.offer.ui;

import org.springframework.modulith.NamedInterface;
