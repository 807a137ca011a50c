package de.willkommenvorort.find.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import de.willkommenvorort.i18n.LanguagePreference;
import java.util.Optional;

/** "Where do you live?": the municipality's id, kept on the newcomer's device only. */
final class PlacePreference {

    static final String COOKIE = "wvo-place";

    private PlacePreference() {
    }

    static Optional<Long> chosen() {
        return LanguagePreference.cookie(VaadinRequest.getCurrent(), COOKIE).flatMap(PlacePreference::parse);
    }

    static void remember(Long municipalityId) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null || chosen().equals(java.util.Optional.ofNullable(municipalityId))) {
            return;
        }
        var cookie = LanguagePreference.deviceCookie(COOKIE, municipalityId == null ? "" : municipalityId.toString(),
                VaadinRequest.getCurrent());
        if (municipalityId == null) {
            cookie.setMaxAge(0);
        }
        response.addCookie(cookie);
    }

    static Optional<Long> parse(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
