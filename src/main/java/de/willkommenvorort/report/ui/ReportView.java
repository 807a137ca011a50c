package de.willkommenvorort.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.report.NewcomerReports;
import de.willkommenvorort.report.ReportKind;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A newcomer tells the county that something is wrong with an offer: one of two big choices and,
 * if they like, a short text. Anonymous; the offer's page links here by its URL only, so that
 * offers know nothing of reports.
 */
@Route(value = "offer/:id/report", layout = MainLayout.class)
@AnonymousAllowed
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NewcomerReports reports;
    private final PublicOffers offers;
    private final Language language;
    private final Map<ReportKind, NativeButton> choices = new EnumMap<>(ReportKind.class);
    private ReportKind chosen;

    ReportView(NewcomerReports reports, PublicOffers offers) {
        this.reports = reports;
        this.offers = offers;
        this.language = Language.of(getLocale());
        addClassNames("page", "report-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var offer = offers.published(id, language.code());
        if (offer.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        choices.clear();
        chosen = null;

        Span kindLabel = new Span(getTranslation("report.kind.label"));
        kindLabel.setId("report-kind-label");
        kindLabel.addClassName("report-kind-label");
        Div kinds = new Div();
        kinds.addClassName("report-kinds");
        kinds.getElement().setAttribute("role", "radiogroup");
        kinds.getElement().setAttribute("aria-labelledby", kindLabel.getId().orElseThrow());
        for (ReportKind kind : ReportKind.values()) {
            NativeButton choice = new NativeButton(getTranslation(kind.labelKey()), e -> choose(kind));
            choice.addClassName("report-kind");
            choice.getElement().setAttribute("role", "radio");
            choice.getElement().setAttribute("aria-checked", "false");
            choices.put(kind, choice);
            kinds.add(choice);
        }

        TextArea message = new TextArea(getTranslation("report.message"));
        message.setMaxLength(NewcomerReports.MESSAGE_MAX);
        message.setWidthFull();
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.setHelperText(counter(0));
        message.addValueChangeListener(e -> message.setHelperText(counter(e.getValue().length())));

        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        FormErrors errors = new FormErrors().field("message", message);
        Button send = new Button(getTranslation("report.send"), e -> {
            notice.removeAll();
            try {
                reports.submit(id, chosen, message.getValue(), language, clientAddress());
                thank(id);
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this).values()
                        .forEach(key -> notice.add(new Paragraph(getTranslation(key))));
            } catch (IllegalStateException unpublished) {
                // Taken off since the form was opened: the offer's own address now says it is gone.
                getUI().ifPresent(ui -> ui.navigate("offer/" + id));
            } catch (TooManyAttempts tooMany) {
                ZonedDateTime until = tooMany.until().atZone(CountyTime.ZONE);
                notice.add(new Paragraph(getTranslation("report.too-many",
                        LocalFormats.date(until.toLocalDate(), language), LocalFormats.time(until.toLocalTime(), language))));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("report-send");
        add(new H1(getTranslation("report.title", offer.get().title())), new Paragraph(getTranslation("report.intro")),
                kindLabel, kinds, message, notice, send, back(id));
    }

    private void choose(ReportKind kind) {
        chosen = kind;
        choices.forEach((k, button) -> button.getElement().setAttribute("aria-checked", String.valueOf(k == kind)));
    }

    private String counter(int length) {
        return getTranslation("report.message.count", length, NewcomerReports.MESSAGE_MAX);
    }

    private void thank(long id) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("report.sent.text"));
        text.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("report.sent.title")), text, back(id));
    }

    private Anchor back(long id) {
        Anchor link = MainLayout.routerLink("offer/" + id, new Span(getTranslation("report.back")));
        link.addClassName("report-back");
        return link;
    }

    /** The request's address, for the in-memory counter only; it is never stored. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.page-title") + " – " + getTranslation("app.name");
    }
}
