package de.willkommenvorort.coursecheck.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.coursecheck.CourseCheckRules;
import de.willkommenvorort.coursecheck.CourseRules;
import de.willkommenvorort.coursecheck.CourseRulesRefused;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /staff/course-rules}: the course check's rules in force, and a new version pasted as JSON.
 * The server checks it (shape, known ids, translation keys, categories, every written case) and
 * either puts it in force, audited, or names every problem; the pasted text stays in the field.
 * Staff change the logic here, never the words: texts are translation keys.
 */
@Route(value = CourseRulesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class CourseRulesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/course-rules";

    private final CourseCheckRules rules;
    private final Language language;
    private final Paragraph inForce = new Paragraph();
    private final Div notice = new Div();
    private final TextArea document = new TextArea();

    CourseRulesView(CourseCheckRules rules) {
        this.rules = rules;
        this.language = Language.of(getLocale());
        addClassNames("page", "catalogue-page", "course-rules-page");
        inForce.addClassName("course-rules-in-force");
        notice.addClassName("form-notice");
        document.setLabel(getTranslation("coursecheck.staff.field"));
        document.setWidthFull();
        document.setMinRows(12);
        document.setMaxRows(24);
        document.setValue(rules.inForce().pretty());
        Button publish = new Button(getTranslation("coursecheck.staff.publish"), e -> publish());
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClassName("course-rules-publish");
        add(new H1(getTranslation("coursecheck.staff.title")), new Paragraph(getTranslation("coursecheck.staff.hint")),
                inForce, notice, document, publish);
        showInForce();
    }

    private void publish() {
        notice.removeAll();
        try {
            CourseRules published = rules.publish(document.getValue());
            notice.getElement().setAttribute("role", "status");
            notice.add(new Paragraph(getTranslation("coursecheck.staff.published", published.version())));
            showInForce();
        } catch (CourseRulesRefused refused) {
            notice.getElement().setAttribute("role", "alert");
            UnorderedList problems = new UnorderedList();
            refused.problems().forEach(p -> problems.add(new ListItem(getTranslation(p.key(), p.args().toArray()))));
            notice.add(new Paragraph(getTranslation("coursecheck.staff.refused")), problems);
        }
    }

    private void showInForce() {
        CourseRules current = rules.inForce();
        inForce.setText(getTranslation("coursecheck.version", current.version(),
                LocalFormats.date(current.validFrom(), language)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coursecheck.staff.title");
    }
}
