package de.willkommenvorort.coursecheck.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.Forms;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.coursecheck.CourseCheckRules;
import de.willkommenvorort.coursecheck.CourseRules;
import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /courses/check}: "Welche Kurse kann ich besuchen?" A few questions as plain radio buttons,
 * answered on the phone; {@code js/course-check.js} evaluates the rules in force, which the page
 * carries, and shows which courses are open, how, whom to ask and the county's matching offers.
 * There is no form to send: the answers never leave the phone (kept in its storage until the
 * newcomer clears them). The page says which version of the rules it uses and that it is guidance,
 * not a decision (docs/decisions/047).
 */
@Route(value = CourseCheckView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage(scripts = "js/course-check.js")
class CourseCheckView extends Div implements HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "courses/check";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    CourseCheckView(CourseCheckRules inForce) {
        CourseRules rules = inForce.inForce();
        Language language = Language.of(getLocale());
        addClassName("course-check-view");

        // The questions: no <form>, so that nothing can ever be sent, with or without the script.
        Div questions = new Div();
        questions.addClassName("course-questions");
        questions.setId("course-questions");
        questions.getElement().setAttribute("data-rules", rules.forDevice());
        questions.getElement().setAttribute("data-texts", texts(rules));
        questions.getElement().setAttribute("data-links", links(rules));
        for (CourseRules.Question question : rules.questions()) {
            HtmlContainer legend = new HtmlContainer("legend");
            legend.getElement().setText(getTranslation(question.label()));
            HtmlContainer fieldset = new HtmlContainer("fieldset", legend);
            fieldset.addClassName("course-question");
            for (CourseRules.Choice option : question.options()) {
                String id = "cc-" + question.id() + "-" + option.id();
                HtmlComponent radio = Forms.input("radio", id, question.id(), option.id());
                NativeLabel label = new NativeLabel();
                label.add(radio, new Span(getTranslation(option.label())));
                label.addClassName("check-field");
                fieldset.add(label);
            }
            questions.add(fieldset);
        }

        NativeButton show = new NativeButton(getTranslation("coursecheck.show"));
        show.getElement().setAttribute("type", "button");
        show.getElement().setAttribute("data-course-show", true);
        show.addClassName("apply-button");
        NativeButton clear = new NativeButton(getTranslation("coursecheck.clear"));
        clear.getElement().setAttribute("type", "button");
        clear.getElement().setAttribute("data-course-clear", true);
        clear.getElement().setAttribute("data-cleared", getTranslation("coursecheck.cleared"));
        clear.addClassName("saved-remove");
        Div buttons = new Div(show, clear);
        buttons.addClassName("course-buttons");

        Paragraph incomplete = new Paragraph(getTranslation("coursecheck.incomplete"));
        incomplete.setId("course-incomplete");
        Div list = new Div();
        list.setId("course-list");
        Paragraph none = new Paragraph(getTranslation("coursecheck.answer.none"));
        none.setId("course-none");
        none.getElement().setAttribute("hidden", true);
        H2 answerTitle = new H2(getTranslation("coursecheck.answer.title"));
        answerTitle.setId("course-answer-title");
        answerTitle.getElement().setAttribute("tabindex", "-1");
        Paragraph guidance = new Paragraph(getTranslation("coursecheck.guidance"));
        guidance.addClassName("course-guidance");
        Paragraph version = new Paragraph(getTranslation("coursecheck.version", rules.version(),
                LocalFormats.date(rules.validFrom(), language)));
        version.addClassName("course-version");
        Paragraph status = new Paragraph();
        status.addClassName("action-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Div answer = new Div(answerTitle, incomplete, none, list, guidance, version);
        answer.addClassName("course-answer");
        answer.setId("course-answer");
        answer.getElement().setAttribute("aria-live", "polite");

        add(new H1(getTranslation("coursecheck.title")), new Paragraph(getTranslation("coursecheck.intro")),
                questions, buttons, status, answer,
                MainLayout.routerLink("", new Span(getTranslation("notfound.home"))));
    }

    /** Every text the answer may show, in the page's language, by its key. */
    private String texts(CourseRules rules) {
        Map<String, String> texts = new LinkedHashMap<>();
        rules.courses().forEach(c -> texts.put(c.id(), getTranslation(c.label())));
        rules.hows().forEach(h -> texts.put("how." + h.id(), getTranslation(h.label())));
        rules.offices().forEach(o -> texts.put("office." + o.id(), getTranslation(o.label())));
        texts.put("whom", getTranslation("coursecheck.whom"));
        texts.put("offers", getTranslation("coursecheck.offers"));
        return JSON.writeValueAsString(texts);
    }

    /** Per course, the county's matching offers: a plain link that carries no answer. */
    private static String links(CourseRules rules) {
        Map<String, String> links = new LinkedHashMap<>();
        rules.courses().stream().filter(c -> c.category() != null).forEach(c -> links.put(c.id(),
                OfferLinks.ofCategory(c.category(), Optional.ofNullable(c.group()).flatMap(OfferLinks::targetGroup))));
        return JSON.writeValueAsString(links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coursecheck.title") + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation("coursecheck.intro"), ROUTE);
    }
}
