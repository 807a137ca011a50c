package de.willkommenvorort.calendarimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.calendarimport.CalendarImport;
import de.willkommenvorort.calendarimport.CalendarRules;
import de.willkommenvorort.calendarimport.CalendarSources;
import de.willkommenvorort.calendarimport.CalendarSources.Source;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /staff/calendars}: the calendars the county imports (a municipality's events calendar by
 * its address, read every night, or by uploaded file), a trusted provider's own among them, what
 * the last import did, and the rules that place imported events in a category or a municipality.
 */
@Route(value = CalendarsView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class CalendarsView extends CalendarSourcesPage {

    static final String ROUTE = "staff/calendars";

    private final CalendarRules rules;
    private final Div ruleList = new Div();

    CalendarsView(CalendarSources sources, CalendarRules rules, CalendarImport calendarImport,
                  ProviderService providers, CategoryService categories, MunicipalityService municipalities) {
        super(sources, true, calendarImport, providers, categories, municipalities);
        this.rules = rules;
        add(new H1(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.hint")));
        addSources(true);
        ruleList.addClassName("catalogue-list");
        add(new H2(getTranslation("calendar.rules.title")), new Paragraph(getTranslation("calendar.rules.hint")),
                ruleForm(), ruleList);
        showRules();
    }

    @Override
    protected List<Source> shown() {
        return sources.all();
    }

    @Override
    protected void addSource(CalendarSources.NewSource source) {
        sources.add(source);
    }

    @Override
    protected void removeSource(Source source) {
        sources.remove(source.id());
    }

    private Div ruleForm() {
        Select<CalendarRules.Kind> kind = select("calendar.rule.kind", List.of(CalendarRules.Kind.values()),
                k -> getTranslation("calendar.rule.kind." + k.name().toLowerCase(Locale.ROOT)));
        TextField keyword = new TextField(getTranslation("calendar.rule.keyword"));
        keyword.setMaxLength(CalendarRules.KEYWORD_MAX);
        Select<Long> target = new Select<>();
        target.setLabel(getTranslation("calendar.rule.target"));
        kind.addValueChangeListener(e -> {
            Map<Long, String> names = e.getValue() == CalendarRules.Kind.CATEGORY ? categoryNames : municipalityNames;
            target.setItems(names.keySet().stream().sorted((a, b) -> names.get(a).compareToIgnoreCase(names.get(b)))
                    .toList());
            target.setItemLabelGenerator(names::get);
        });
        kind.setValue(CalendarRules.Kind.CATEGORY);
        FormErrors errors = new FormErrors().field("keyword", keyword).field("target", target);
        Button add = new Button(getTranslation("calendar.rule.add"), e -> {
            try {
                rules.add(kind.getValue(), keyword.getValue(), target.getValue());
                errors.clear();
                keyword.clear();
                showRules();
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        Div fields = new Div(kind, keyword, target, add);
        fields.addClassNames("catalogue-fields", "calendar-rule-form");
        return fields;
    }

    private void showRules() {
        ruleList.removeAll();
        for (CalendarRules.Rule rule : rules.all()) {
            boolean category = rule.kind() == CalendarRules.Kind.CATEGORY;
            Span text = new Span(getTranslation(category ? "calendar.rule.category" : "calendar.rule.municipality",
                    rule.keyword(), (category ? categoryNames : municipalityNames).getOrDefault(rule.targetId(), "")));
            text.addClassName("catalogue-name-text");
            Button remove = new Button(getTranslation("calendar.rule.remove"), e -> {
                rules.remove(rule.id());
                showRules();
            });
            Div row = new Div(text, remove);
            row.addClassName("catalogue-row");
            ruleList.add(row);
        }
    }

}
