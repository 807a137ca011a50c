/**
 * The county's towns and villages. Offers are placed in one; a newcomer says where they live and
 * the app remembers it on their device.
 */
package de.willkommenvorort.municipality;
