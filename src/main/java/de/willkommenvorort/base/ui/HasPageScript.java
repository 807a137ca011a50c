package de.willkommenvorort.base.ui;

/**
 * A server page that needs a script of its own besides {@code js/page.js}, e.g. the course check,
 * which evaluates its rules on the phone. The script is a file of the app (the strict
 * Content-Security-Policy admits no other), loaded deferred after page.js.
 */
public interface HasPageScript {

    /** The script's path inside the app, e.g. {@code js/course-check.js}. */
    String pageScript();
}
