/**
 * Willkommen vor Ort: newcomers in a county find local offers in their own language; providers
 * post them; county staff review them. One package per feature below this one; features talk to
 * each other only through their root package's public services, records and events.
 */
package de.willkommenvorort;
