/**
 * Volunteers and organisations that own offers. Their own contact data is never published; an
 * offer publishes only the contact channels given for it.
 */
package de.willkommenvorort.provider;
