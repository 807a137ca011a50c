package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
 * reminder mail went out: staff can call those who did not react before the offer expires. Below,
 * the offers nobody confirmed for the county's time, which staff can mark as checked.
 */
@Route(value = ExpiringSection.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class ExpiringView extends Div implements HasDynamicTitle {

    /** The item in the staff's review workspace ({@code review.ui}), where staff read and decide on it. */
    private static final String REVIEW_ITEM = "staff/review/";

    private final ExpiringOffers expiring;
    private final Language language;

    ExpiringView(ExpiringOffers expiring) {
        this.expiring = expiring;
        this.language = Language.of(getLocale());
        addClassNames("page", "expiring");
        add(new H1(getTranslation("expiring.title")));
        List<ExpiringOffers.Expiring> soon = expiring.soon(language.code());
        if (soon.isEmpty()) {
            add(new Paragraph(getTranslation("expiring.empty")));
        } else {
            Div list = new Div();
            list.addClassName("review-list");
            for (ExpiringOffers.Expiring offer : soon) {
                Span until = new Span(getTranslation("expiring.until", LocalFormats.date(offer.validUntil(), language)));
                until.addClassName("review-waiting");
                list.add(row(offer.id(), offer.title(), offer.titleLanguage(), offer.providerName(), until,
                        kind(offer.reminded(), "expiring.reminded", "expiring.not-reminded")));
            }
            add(list);
        }
        add(unconfirmed());
    }

    /** Offers nobody confirmed for long, each with the day it leaves the list and a "checked" button. */
    private Div unconfirmed() {
        Div section = new Div(new H2(getTranslation("expiring.unconfirmed.title")));
        section.addClassName("unconfirmed");
        List<ExpiringOffers.Unconfirmed> flagged = expiring.unconfirmed(language.code());
        if (flagged.isEmpty()) {
            section.add(new Paragraph(getTranslation("expiring.unconfirmed.empty")));
            return section;
        }
        section.add(new Paragraph(getTranslation("expiring.unconfirmed.intro", expiring.confirmMonths())));
        Div list = new Div();
        list.addClassName("review-list");
        for (ExpiringOffers.Unconfirmed offer : flagged) {
            Span confirmed = new Span(getTranslation("expiring.confirmed-on",
                    LocalFormats.date(offer.confirmedOn(), language)));
            confirmed.addClassName("review-waiting");
            Span leaves = new Span(getTranslation("expiring.leaves-on", LocalFormats.date(offer.leavesOn(), language)));
            leaves.addClassName("review-waiting");
            Div row = row(offer.id(), offer.title(), offer.titleLanguage(), offer.providerName(), confirmed, leaves,
                    kind(offer.asked(), "expiring.asked", "expiring.not-asked"));
            Button confirm = new Button(getTranslation("expiring.confirm"));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClickListener(click -> {
                expiring.confirm(offer.id());
                Paragraph done = new Paragraph(getTranslation("expiring.confirm.done", offer.title()));
                done.getElement().setAttribute("role", "status");
                done.addClassName("confirmed-note");
                row.removeAll();
                row.add(done);
            });
            row.add(confirm);
            list.add(row);
        }
        section.add(list);
        return section;
    }

    private static Div row(long id, String title, String titleLanguage, String providerName, Span... details) {
        Span titleText = new Span(title);
        titleText.getElement().setAttribute("lang", titleLanguage);
        H2 heading = new H2(MainLayout.routerLink(REVIEW_ITEM + id, titleText));
        heading.addClassName("review-title");
        Span provider = new Span(providerName);
        provider.addClassName("review-provider");
        Div row = new Div(heading);
        row.add(details[0], provider);
        for (int i = 1; i < details.length; i++) {
            row.add(details[i]);
        }
        row.addClassName("review-item");
        return row;
    }

    private Span kind(boolean done, String doneKey, String notYetKey) {
        Span kind = new Span(getTranslation(done ? doneKey : notYetKey));
        kind.addClassNames("review-kind", done ? "reminded" : "not-reminded");
        return kind;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expiring.title");
    }
}
