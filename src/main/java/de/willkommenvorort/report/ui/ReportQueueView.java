package de.willkommenvorort.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.report.AlreadyResolved;
import de.willkommenvorort.report.ReportedOffer;
import de.willkommenvorort.report.Reports;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What newcomers reported, offer by offer: flagged offers (several open reports) first, then the
 * longest waiting. Newcomers' texts are shown as plain text only. Staff resolve each report with a
 * note; resolved reports can be shown too ({@code ?resolved=1}).
 */
@Route(value = ReportQueueView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class ReportQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reports";
    private static final String RESOLVED = "resolved";

    private final Reports reports;
    private final Clock clock;
    private final Language language;
    private final Div notice = new Div();
    private boolean withResolved;
    private String pendingNotice;

    ReportQueueView(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.language = Language.of(getLocale());
        addClassName("report-queue");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        withResolved = event.getLocation().getQueryParameters().getSingleParameter(RESOLVED).isPresent();
        render();
    }

    private void render() {
        removeAll();
        notice.removeAll();
        if (pendingNotice != null) {
            notice.add(new Paragraph(pendingNotice));
            pendingNotice = null;
        }
        var toggle = MainLayout.routerLink(withResolved ? ROUTE : ROUTE + "?" + RESOLVED + "=1",
                new Span(getTranslation(withResolved ? "report.queue.only-open" : "report.queue.show-resolved")));
        toggle.addClassName("report-toggle");
        add(new H1(getTranslation("report.queue.title")), notice, toggle);
        List<ReportedOffer> queue = reports.queue(withResolved);
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("report.queue.empty")));
        }
        queue.forEach(offer -> add(offer(offer)));
    }

    private Component offer(ReportedOffer offer) {
        Div section = new Div();
        section.addClassName("report-offer");
        H2 title = new H2(offer.title());
        Div head = new Div(title);
        head.addClassName("report-offer-head");
        if (offer.flagged()) {
            section.addClassName("flagged");
            Span flag = new Span(getTranslation("report.queue.flagged"));
            flag.addClassName("report-flag");
            head.add(flag);
        }
        Span open = new Span(getTranslation("report.queue.open", offer.openReports()));
        open.addClassName("report-open");
        head.add(open);
        Div links = new Div(
                MainLayout.routerLink("offer/" + offer.offerId(), new Span(getTranslation("report.queue.public-page"))),
                MainLayout.routerLink("staff/review/" + offer.offerId(), new Span(getTranslation("report.queue.review-page"))));
        links.addClassName("report-links");
        UnorderedList lines = new UnorderedList();
        lines.addClassName("report-lines");
        offer.reports().forEach(line -> lines.add(line(line)));
        section.add(head, links, lines);
        return section;
    }

    private ListItem line(ReportedOffer.Line line) {
        Span kind = new Span(getTranslation(line.kind().labelKey()));
        kind.addClassName("report-kind-name");
        Span age = new Span(age(line.createdAt()));
        age.addClassName("report-meta");
        Span written = new Span(getTranslation("report.queue.language", LocalFormats.languageName(line.language(), language)));
        written.addClassName("report-meta");
        Component text = line.message().<Component>map(PlainText::new)
                .orElseGet(() -> new Span(getTranslation("report.queue.no-text")));
        if (line.message().isPresent()) {
            // The newcomer wrote in this language; the browser picks the right script and direction.
            text.getElement().setAttribute("lang", line.language());
            text.getElement().setAttribute("dir", "auto");
        }
        text.addClassName("report-text");
        ListItem item = new ListItem(kind, age, written, text);
        item.addClassName("report-line");
        line.resolution().ifPresentOrElse(resolution -> {
            item.addClassName("resolved");
            ZonedDateTime at = resolution.at().atZone(CountyTime.ZONE);
            Paragraph who = new Paragraph(getTranslation("report.queue.resolved", LocalFormats.date(at.toLocalDate(), language),
                    LocalFormats.time(at.toLocalTime(), language), resolution.by()));
            who.addClassName("report-resolved");
            PlainText note = new PlainText(resolution.note());
            note.addClassName("report-note");
            item.add(who, note);
        }, () -> item.add(resolveForm(line.id())));
        return item;
    }

    private Component resolveForm(long reportId) {
        TextArea note = new TextArea(getTranslation("report.queue.note"));
        note.setMaxLength(Reports.NOTE_MAX);
        note.setWidthFull();
        FormErrors errors = new FormErrors().field("note", note);
        Button resolve = new Button(getTranslation("report.queue.resolve"), e -> {
            try {
                reports.resolve(reportId, note.getValue());
                refresh(getTranslation("report.queue.done"));
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            } catch (AlreadyResolved already) {
                refresh(getTranslation("report.queue.already-resolved", already.by()));
            } catch (OptimisticLockingFailureException concurrent) {
                refresh(getTranslation("report.queue.changed"));
            }
        });
        resolve.addClassName("report-resolve");
        Div form = new Div(note, resolve);
        form.addClassName("report-resolve-form");
        return form;
    }

    /** Shows the queue again through the router, so that the count in the navigation is current too. */
    private void refresh(String message) {
        pendingNotice = message;
        getUI().ifPresent(ui -> ui.navigate(ROUTE, withResolved
                ? QueryParameters.simple(Map.of(RESOLVED, "1")) : QueryParameters.empty()));
    }

    private String age(Instant created) {
        long days = ChronoUnit.DAYS.between(created.atZone(CountyTime.ZONE).toLocalDate(), LocalDate.now(clock));
        return getTranslation("report.queue.age", days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.queue.nav") + " – " + getTranslation("app.name");
    }
}
