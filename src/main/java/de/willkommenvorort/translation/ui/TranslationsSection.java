package de.willkommenvorort.translation.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.TranslationReview;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Translations in the staff navigation, with how many proposals wait for a decision. */
@Component
class TranslationsSection implements StaffSection {

    private final TranslationReview review;

    TranslationsSection(TranslationReview review) {
        this.review = review;
    }

    @Override
    public String route() {
        return TranslationsView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "translation.nav";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(review.openCount());
    }
}
