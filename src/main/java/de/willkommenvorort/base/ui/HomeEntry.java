package de.willkommenvorort.base.ui;

/**
 * A way in from the start page to a newcomer page of another feature (the course check), contributed
 * as a Spring bean by the feature that owns the page, so that the start page knows no such feature.
 */
public interface HomeEntry {

    /** The route, without a leading slash. */
    String route();

    /** The translation key of the tile's title. */
    String labelKey();

    /** The translation key of the line under the title. */
    String hintKey();

    /** The tile's icon, a path inside the app, e.g. {@code icons/info.svg}. */
    String icon();
}
