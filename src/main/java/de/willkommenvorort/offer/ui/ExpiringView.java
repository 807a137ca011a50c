package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.ExpiringOffers;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Published offers that end within 30 days, soonest first, with their provider and whether the
 * reminder mail went out: staff can call those who did not react before the offer expires.
 */
@Route(value = ExpiringSection.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class ExpiringView extends Div implements HasDynamicTitle {

    ExpiringView(ExpiringOffers expiring) {
        Language language = Language.of(getLocale());
        addClassNames("page", "expiring");
        add(new H1(getTranslation("expiring.title")));
        List<ExpiringOffers.Expiring> soon = expiring.soon(language.code());
        if (soon.isEmpty()) {
            add(new Paragraph(getTranslation("expiring.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("review-list");
        for (ExpiringOffers.Expiring offer : soon) {
            Span title = new Span(offer.title());
            title.getElement().setAttribute("lang", offer.titleLanguage());
            H2 heading = new H2(MainLayout.routerLink(ReviewSection.ROUTE + "/" + offer.id(), title));
            heading.addClassName("review-title");
            Span until = new Span(getTranslation("expiring.until", LocalFormats.date(offer.validUntil(), language)));
            until.addClassName("review-waiting");
            Span provider = new Span(offer.providerName());
            provider.addClassName("review-provider");
            Span reminder = new Span(getTranslation(offer.reminded() ? "expiring.reminded" : "expiring.not-reminded"));
            reminder.addClassNames("review-kind", offer.reminded() ? "reminded" : "not-reminded");
            Div row = new Div(heading, until, provider, reminder);
            row.addClassName("review-item");
            list.add(row);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expiring.title");
    }
}
