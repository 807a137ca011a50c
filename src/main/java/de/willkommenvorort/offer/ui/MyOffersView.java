package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.MyOffer;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A provider's offers with where each stands in review, and what review said. "my" is where
 * everyone lands after signing in; a translator's own area is their queue, so they go on there.
 */
@Route(value = "my", layout = MainLayout.class)
@RolesAllowed({AppRoles.PROVIDER, AppRoles.TRANSLATOR})
class MyOffersView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final OfferEditing editing;
    private final AuthenticationContext authentication;

    MyOffersView(OfferEditing editing, AuthenticationContext authentication) {
        this.editing = editing;
        this.authentication = authentication;
        addClassNames("page", "my-offers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(AppRoles.TRANSLATOR)) {
            event.forwardTo("translate");
            return;
        }
        show();
    }

    private void show() {
        Language language = Language.of(getLocale());
        add(new ProviderNav(authentication), new H1(getTranslation("my.title")));
        Span create = new Span(getTranslation("nav.new-offer"));
        var newOffer = MainLayout.routerLink("my/offers/new", create);
        newOffer.addClassName("primary-link");
        add(newOffer);
        if (editing.trusted()) {
            // Staff trust this provider: say what that means, and where its own calendar is imported.
            Paragraph trusted = new Paragraph(getTranslation("my.trusted"));
            trusted.addClassName("my-trusted");
            var calendars = MainLayout.routerLink("my/calendars", new Span(getTranslation("my.calendars")));
            add(trusted, calendars);
        }
        List<MyOffer> mine = editing.mine(language.code());
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("my.empty")));
            return;
        }
        for (MyOffer offer : mine) {
            Section card = new Section();
            card.addClassName("my-offer");
            card.add(new H2(offer.title()));
            Span state = new Span(getTranslation(StateLabels.state(offer.state())));
            state.addClassNames("state", "state-" + offer.state().name().toLowerCase());
            card.add(state);
            offer.revisionState().ifPresent(revision -> {
                Span pending = new Span(getTranslation("my.revision", getTranslation(StateLabels.state(revision))));
                pending.addClassNames("state", "state-" + revision.name().toLowerCase());
                card.add(pending);
            });
            offer.rejectionCode().ifPresent(code -> {
                Div reason = new Div(new Paragraph(getTranslation("my.rejected-because", getTranslation(code.labelKey()))));
                offer.rejectionNote().ifPresent(note -> {
                    Paragraph quoted = new Paragraph(getTranslation("my.moderator-note", note));
                    quoted.addClassName("moderator-note");
                    reason.add(quoted);
                });
                reason.addClassName("rejection");
                card.add(reason);
            });
            if (offer.rejectionCode().isEmpty()) {
                // Sent back for changes: a draft with the moderator's note, no reason code.
                offer.rejectionNote().ifPresent(note -> {
                    Paragraph quoted = new Paragraph(getTranslation("review.my.changes-requested", note));
                    quoted.addClassNames("moderator-note", "changes-requested");
                    card.add(quoted);
                });
            }
            offer.validUntil().ifPresent(until -> card.add(new Paragraph(
                    getTranslation("my.valid-until", LocalFormats.date(until, language)))));
            Div actions = new Div();
            actions.addClassName("actions");
            if (offer.state() != ReviewState.ARCHIVED) {
                actions.add(MainLayout.routerLink("my/offers/" + offer.id(), new Span(getTranslation("my.edit"))));
            }
            if (offer.state() == ReviewState.PUBLISHED) {
                actions.add(MainLayout.routerLink("offer/" + offer.id(), new Span(getTranslation("my.view-public"))));
            }
            card.add(actions);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }
}
