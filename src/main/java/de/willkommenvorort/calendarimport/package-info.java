/**
 * Calendar import, first step: reading the iCalendar files that Google Calendar, Outlook and
 * municipal websites publish into {@link de.willkommenvorort.calendarimport.ImportedEvent}s, one
 * per event or series, with every time already in Europe/Berlin wall-clock time. Real exports bend
 * RFC 5545 (Windows zone names, floating times, HTML in descriptions, missing organisers), so the
 * reader is lenient about form and strict only where a wrong date would reach a newcomer; it knows
 * nothing of offers or persistence, which later steps of the import build on top of it.
 */
package de.willkommenvorort.calendarimport;
