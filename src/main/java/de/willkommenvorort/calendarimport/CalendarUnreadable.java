package de.willkommenvorort.calendarimport;

/**
 * The input is not an iCalendar file at all (a web page, an empty answer, a broken download), as
 * opposed to a calendar with odd entries, whose unreadable events are skipped one by one.
 */
public class CalendarUnreadable extends RuntimeException {

    CalendarUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
