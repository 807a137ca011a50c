/** The administrators' screen for imported calendars and their placing rules. */
package de.willkommenvorort.calendarimport.ui;
