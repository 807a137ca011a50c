package de.willkommenvorort.base.ui;

import java.util.OptionalLong;
import java.util.Set;

/**
 * One place of the county staff's workspace (review queue, reports, set-up…), contributed as a
 * Spring bean by the feature that owns it, so that the staff navigation knows no feature.
 */
public interface StaffSection {

    /** The route, without a leading slash, e.g. {@code staff/review}. */
    String route();

    /** The translation key of the link's text. */
    String labelKey();

    /** Position in the navigation, lowest first. */
    int order();

    /** The roles (names from {@code AppRoles}, without the {@code ROLE_} prefix) that see this place. */
    Set<String> roles();

    /** How many items wait there (e.g. submissions to review), shown next to the link; empty for none. */
    default OptionalLong count() {
        return OptionalLong.empty();
    }
}
