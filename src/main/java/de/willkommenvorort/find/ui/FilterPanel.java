package de.willkommenvorort.find.ui;

import de.willkommenvorort.offer.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import de.willkommenvorort.base.ui.Forms;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Filter: place, language, target group, cost…" as a native disclosure holding a plain GET form,
 * shared by the list of offers and the list of events, which understand the same links
 * ({@link FilterParams}). Without a script its button applies the filter; page.js applies each
 * change as it is made and replaces the list in place.
 */
class FilterPanel extends NativeDetails {

    static final String P_BLOCK = FilterParams.P_BLOCK;
    static final String P_CATEGORY = FilterParams.P_CATEGORY;
    static final String P_PLACE = FilterParams.P_PLACE;
    static final String P_SPOKEN = FilterParams.P_SPOKEN;
    static final String P_GROUP = FilterParams.P_GROUP;
    static final String P_FREE = FilterParams.P_FREE;
    static final String P_CHILDCARE = FilterParams.P_CHILDCARE;
    static final String P_LEVEL = FilterParams.P_LEVEL;
    static final String P_FROM = FilterParams.P_FROM;
    static final String P_TEXT = FilterParams.P_TEXT;

    private final CategoryService categories;
    private final FilterParams params;
    private final MunicipalityService municipalities;
    private final Language language;
    private final String action;
    private final Div fields = new Div();

    /** Which date the form asks for, if any: a course's start (offers) or the first day shown (events). */
    enum DateField {
        NONE, COURSE_START, FIRST_DAY
    }

    /** {@code action}: the list the form is sent to ({@code offers} or {@code events}). */
    FilterPanel(CategoryService categories, MunicipalityService municipalities, Language language, String action) {
        this.categories = categories;
        this.params = new FilterParams(categories);
        this.municipalities = municipalities;
        this.language = language;
        this.action = action;
        setSummaryText(getTranslation("results.filters"));
        addClassName("filters");
        fields.addClassName("filter-fields");
    }

    /**
     * Shows a filter's values in the form; {@code carried} are parameters the form sends along
     * unchanged (the building block, the search text, the period of events). The panel is open
     * when the filter narrows the list by more than block and text.
     */
    void show(OfferFilter shown, Map<String, String> carried, DateField dateField) {
        fields.removeAll();
        List<Component> content = new ArrayList<>(Forms.hidden(carried));

        List<Forms.Option> categoryChoices = new ArrayList<>();
        categoryChoices.add(new Forms.Option("", getTranslation("results.filter.category.all")));
        (shown.block().isPresent() ? categories.of(shown.block().get()) : categories.all())
                .forEach(c -> categoryChoices.add(new Forms.Option(c.code(), c.name(language))));
        content.add(field("filter-category", "results.filter.category", Forms.select("filter-category", P_CATEGORY,
                categoryChoices, shown.categoryId().flatMap(categories::byId).map(CategoryRef::code).orElse(""))));

        List<Forms.Option> places = new ArrayList<>();
        places.add(new Forms.Option("", getTranslation("results.filter.place.all")));
        municipalities.all().forEach(m -> places.add(new Forms.Option(String.valueOf(m.id()), m.name())));
        content.add(field("filter-place", "results.filter.place", Forms.select("filter-place", P_PLACE, places,
                shown.municipalityId().map(String::valueOf).orElse(""))));

        List<Forms.Option> spoken = new ArrayList<>();
        spoken.add(new Forms.Option("", getTranslation("results.filter.language.all")));
        Arrays.stream(Language.values())
                .forEach(l -> spoken.add(new Forms.Option(l.code(), LocalFormats.languageName(l.code(), language))));
        content.add(field("filter-spoken", "results.filter.language", Forms.select("filter-spoken", P_SPOKEN, spoken,
                shown.spokenLanguage().orElse(""))));

        List<Forms.Option> groups = new ArrayList<>();
        groups.add(new Forms.Option("", getTranslation("results.filter.group.all")));
        Arrays.stream(TargetGroup.values()).filter(g -> g != TargetGroup.EVERYONE)
                .forEach(g -> groups.add(new Forms.Option(slug(g), getTranslation(Labels.targetGroup(g)))));
        content.add(field("filter-group", "results.filter.group", Forms.select("filter-group", P_GROUP, groups,
                shown.targetGroup().map(FilterPanel::slug).orElse(""))));

        // Language courses: their level and when the next one starts (providers enter both).
        if (shown.block().map(b -> b == BuildingBlock.EDUCATION).orElse(true)) {
            List<Forms.Option> levels = new ArrayList<>();
            levels.add(new Forms.Option("", getTranslation("results.filter.level.all")));
            Arrays.stream(CourseLevel.values()).forEach(l -> levels.add(new Forms.Option(l.name(), l.name())));
            content.add(field("filter-level", "results.filter.level", Forms.select("filter-level", P_LEVEL, levels,
                    shown.courseLevel().map(CourseLevel::name).orElse(""))));
        }
        if (dateField != DateField.NONE) {
            HtmlComponent from = Forms.input("date", "filter-from", P_FROM,
                    shown.startsFrom().map(LocalDate::toString).orElse(""));
            from.addClassName("native-input");
            content.add(field("filter-from", dateField == DateField.COURSE_START ? "results.filter.from"
                    : "events.filter.from", from));
        }
        content.add(Forms.checkbox("filter-childcare", P_CHILDCARE, getTranslation("results.filter.childcare"),
                shown.childcare()));
        content.add(Forms.checkbox("filter-free", P_FREE, getTranslation("results.filter.free"), shown.freeOnly()));
        content.add(Forms.submit(getTranslation("form.apply"), "apply-button"));

        HtmlContainer form = Forms.get(action, content.toArray(Component[]::new));
        form.getElement().setAttribute(Forms.APPLY_ON_CHANGE, true);
        fields.add(form);
        setContent(fields);
        setOpen(shown.narrowsBeyondBlock() && shown.text().isEmpty());
    }

    OfferFilter parse(Map<String, List<String>> query) {
        return params.parse(query);
    }

    Map<String, String> params(OfferFilter f) {
        return params.of(f);
    }

    private Div field(String id, String labelKey, Component input) {
        Div field = new Div(Forms.label(id, getTranslation(labelKey)), input);
        field.addClassName("filter-field");
        return field;
    }

    static String slug(TargetGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

}
