package de.willkommenvorort.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditTrail;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail for administrators: newest first, 50 a page, filtered by who, what, which
 * object and when; each entry shows what was there before and after, side by side. Nothing here
 * changes an entry: the service has no such method and the database refuses it.
 */
@Route(value = AuditSection.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Div implements HasDynamicTitle {

    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    private final AuditTrail trail;
    private final Language language;
    private final TextField actor = new TextField();
    private final Select<String> action = new Select<>();
    private final Select<String> subjectType = new Select<>();
    private final TextField subjectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Div entries = new Div();
    private final Div pages = new Div();
    private AuditTrail.Filter filter = AuditTrail.Filter.none();
    private int page;

    AuditView(AuditTrail trail) {
        this.trail = trail;
        this.language = Language.of(getLocale());
        addClassNames("page", "audit-log");
        Paragraph readOnly = new Paragraph(getTranslation("audit.read-only"));
        readOnly.addClassName("audit-hint");
        add(new H1(getTranslation("audit.title")), readOnly);

        actor.setLabel(getTranslation("audit.filter.actor"));
        choices(action, "audit.filter.action", trail.actions());
        choices(subjectType, "audit.filter.subject-type", trail.subjectTypes());
        subjectId.setLabel(getTranslation("audit.filter.subject-id"));
        subjectId.setAllowedCharPattern("[0-9]");
        from.setLabel(getTranslation("audit.filter.from"));
        until.setLabel(getTranslation("audit.filter.until"));
        for (DatePicker date : List.of(from, until)) {
            date.setLocale(getLocale());
        }
        Button apply = new Button(getTranslation("audit.filter.apply"), e -> apply());
        Div filters = new Div(actor, action, subjectType, subjectId, from, until, apply);
        filters.addClassName("audit-filters");
        entries.addClassName("audit-entries");
        pages.addClassName("audit-pages");
        add(filters, entries, pages);
        show();
    }

    private void choices(Select<String> select, String labelKey, List<String> values) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(values);
        select.setLabel(getTranslation(labelKey));
        select.setItems(all);
        select.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("audit.filter.all") : v);
        select.setValue("");
    }

    private void apply() {
        String number = subjectId.getValue().strip();
        if (!number.isEmpty() && !number.matches("\\d{1,18}")) {
            subjectId.setErrorMessage(getTranslation("audit.filter.number.invalid"));
            subjectId.setInvalid(true);
            return;
        }
        subjectId.setInvalid(false);
        filter = new AuditTrail.Filter(text(actor.getValue()), text(action.getValue()), text(subjectType.getValue()),
                number.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(number)),
                Optional.ofNullable(from.getValue()).map(AuditView::startOf),
                Optional.ofNullable(until.getValue()).map(d -> startOf(d.plusDays(1))));
        page = 0;
        show();
    }

    private void show() {
        entries.removeAll();
        pages.removeAll();
        AuditTrail.Page shown = trail.search(filter, page);
        if (shown.entries().isEmpty()) {
            entries.add(new Paragraph(getTranslation("audit.empty")));
        }
        shown.entries().forEach(entry -> entries.add(entry(entry)));
        if (page > 0) {
            pages.add(new Button(getTranslation("audit.page.newer"), e -> {
                page--;
                show();
            }));
        }
        if (shown.hasNext()) {
            pages.add(new Button(getTranslation("audit.page.older"), e -> {
                page++;
                show();
            }));
        }
    }

    private Div entry(AuditEntry entry) {
        ZonedDateTime at = entry.getAt().atZone(COUNTY);
        Span head = new Span(getTranslation("audit.entry",
                LocalFormats.date(at.toLocalDate(), language) + " " + LocalFormats.time(at.toLocalTime(), language),
                entry.getActor(), entry.getAction(),
                entry.getSubjectType() + (entry.getSubjectId() == null ? "" : " " + entry.getSubjectId())));
        head.addClassName("audit-head");
        Div shown = new Div(head);
        shown.addClassName("audit-entry");
        if (entry.getDetail() != null) {
            Span detail = new Span(entry.getDetail());
            detail.addClassName("audit-detail");
            shown.add(detail);
        }
        if (entry.getBefore() != null || entry.getAfter() != null) {
            Div sides = new Div(side("audit.before", entry.getBefore()), side("audit.after", entry.getAfter()));
            sides.addClassName("audit-sides");
            shown.add(sides);
        }
        return shown;
    }

    private Div side(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("audit-side-label");
        Div value = new Div();
        value.setText(text == null ? "–" : text);
        value.addClassName("audit-value");
        Div side = new Div(label, value);
        side.addClassName("audit-side");
        return side;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(COUNTY).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
