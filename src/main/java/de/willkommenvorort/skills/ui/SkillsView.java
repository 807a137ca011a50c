package de.willkommenvorort.skills.ui;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ServerPages;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.skills.SkillsProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /skills}: "Meine Fähigkeiten". The page is the same for everyone: a form in the
 * newcomer's language, an empty summary for the counsellor in German beside the newcomer's
 * language, links to offers that may fit, and the buttons to save the profile as a file, load it
 * and delete it. js/skills.js fills all of it from the phone's storage and keeps every change
 * there; nothing of the profile is sent to the server (docs/decisions/048). Every word the script
 * shows comes from this page: the labels, and for each choice its German term beside it
 * ({@code data-de}), so that the summary names everything in the counsellor's terms.
 */
@Route(value = SkillsProfile.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage(scripts = {"js/vendor/qrcode.js", "js/skills.js"})
class SkillsView extends Div implements HasDynamicTitle, HasPageMeta {

    private static final Language GERMAN = Language.get("de");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Years of school, training, study or work one can enter. */
    static final int MAX_YEARS = 60;
    /** What one typed field may hold. */
    static final int TEXT_MAX = 80;
    /** Driving licence classes as German (EU) licences name them. */
    static final List<String> LICENCE_CLASSES = List.of("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE",
            "D1", "D1E", "D", "DE", "L", "T");
    /** Levels of the Common European Framework of Reference (GER), then "native". */
    static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");
    static final List<String> DEGREES = List.of("bachelor", "master", "diploma", "doctorate", "none");
    static final List<String> WISHES = List.of("work", "training", "studies", "further", "recognition", "internship");
    /** The rows of the summary, in the counsellor's order; each row's German title is the section's. */
    private static final Map<String, String> SUMMARY_ROWS = rows();
    /** Offers the profile may point to, by category code, in the links' order (shown if the category is active). */
    private static final List<String> OFFER_CATEGORIES = List.of("recognition", "job-language-course",
            "integration-course", "vocational-preparation", "internship", "application-help", "job-centre");

    private final Language language;

    SkillsView(CategoryService categories) {
        this.language = Language.of(getLocale());
        addClassName("skills-view");
        setId("skills");
        Element root = getElement();
        root.setAttribute("data-occupations", json(occupationLists()));
        root.setAttribute("data-search", ServerPages.versioned(SkillsProfile.OCCUPATIONS + "search-de.json"));
        root.setAttribute("data-countries", json(countries()));
        root.setAttribute("data-languages", json(languages()));
        root.setAttribute("data-deleted", getTranslation("skills.deleted"));
        root.setAttribute("data-imported", getTranslation("skills.imported"));
        root.setAttribute("data-import-bad", getTranslation("skills.import.bad"));
        root.setAttribute("data-exported", getTranslation("skills.exported"));
        root.setAttribute("data-choose", getTranslation("skills.choose"));

        root.appendChild(text("h1", getTranslation("skills.title")),
                text("p", getTranslation("skills.intro"), "skills-intro"),
                text("p", getTranslation("skills.private"), "skills-private"),
                text("p", getTranslation("skills.needs-script"), "skills-needs-script"),
                form(), summary(), offers(categories), data());
    }

    // --- the form -------------------------------------------------------------------------

    private Element form() {
        Element form = el("form", "skills-form");
        form.setAttribute("id", "skills-form");
        form.setAttribute("novalidate", true);
        form.setAttribute("autocomplete", "off");

        Element school = section("skills.school.title");
        school.setAttribute("data-group", "school");
        school.appendChild(field("skills.school.years", years()), field("skills.country", choice("country", "countries")),
                field("skills.school.certificate", input("text", "certificate")));

        Element training = list("training", "skills.training.title", "skills.training.add",
                picker("skills.occupation"), field("skills.country", choice("country", "countries")),
                field("skills.years", years()), checkbox("completed", "skills.completed"));
        Element studies = list("studies", "skills.studies.title", "skills.studies.add",
                field("skills.studies.subject", input("text", "subject")),
                field("skills.degree", options("degree", DEGREES, "skills.degree.")),
                field("skills.country", choice("country", "countries")), field("skills.years", years()));
        Element work = list("work", "skills.work.title", "skills.work.add", picker("skills.occupation"),
                field("skills.years", years()));
        Element levels = options("level", LEVELS, null);
        levels.appendChild(option("native", getTranslation("skills.level.native"),
                say(GERMAN, "skills.level.native")));
        Element languages = list("languages", "skills.languages.title", "skills.languages.add",
                field("skills.language", choice("language", "languages")), field("skills.level", levels));

        Element licence = section("skills.licence.title");
        licence.setAttribute("data-checks", "licence");
        Element classes = el("div", "skills-checks", "licence-classes");
        LICENCE_CLASSES.forEach(c -> classes.appendChild(check(c, c, c)));
        licence.appendChild(text("p", getTranslation("skills.licence.hint"), "field-hint"), classes);

        Element wishes = section("skills.wishes.title");
        wishes.setAttribute("data-group", "wishes");
        Element kinds = el("div", "skills-checks");
        kinds.setAttribute("data-checks", "kinds");
        WISHES.forEach(w -> kinds.appendChild(check(w, getTranslation("skills.wish." + w), say(GERMAN, "skills.wish." + w))));
        Element note = el("textarea", "native-input", "skills-note");
        note.setAttribute("data-field", "note");
        note.setAttribute("maxlength", String.valueOf(TEXT_MAX * 3));
        note.setAttribute("rows", "3");
        wishes.appendChild(kinds, picker("skills.wish.occupation"), field("skills.wish.note", note));

        form.appendChild(school, training, studies, work, languages, licence, wishes);
        return form;
    }

    private Element section(String titleKey) {
        Element section = el("section", "skills-section");
        section.appendChild(text("h2", getTranslation(titleKey)));
        return section;
    }

    /** Entries added and removed on the phone, each a copy of the template's fields. */
    private Element list(String name, String titleKey, String addKey, Element... fields) {
        Element section = section(titleKey);
        section.setAttribute("data-list", name);
        Element entry = el("li", "skills-entry");
        entry.appendChild(fields);
        Element remove = text("button", getTranslation("skills.remove"), "skills-remove");
        remove.setAttribute("type", "button");
        remove.setAttribute("data-remove", true);
        entry.appendChild(remove);
        Element template = el("template");
        template.appendChild(entry);
        Element add = text("button", getTranslation(addKey), "skills-add");
        add.setAttribute("type", "button");
        add.setAttribute("data-add", name);
        section.appendChild(el("ul", "skills-entries"), template, add);
        return section;
    }

    /** An occupation chosen from the list by typing part of its name, in the reader's language or German. */
    private Element picker(String labelKey) {
        Element picker = el("div", "occupation-picker");
        picker.setAttribute("data-field", "occupation");
        picker.setAttribute("data-label", getTranslation(labelKey));
        picker.setAttribute("data-de", say(GERMAN, labelKey));
        Element search = input("search", null);
        search.getClassList().add("occupation-input");
        search.setAttribute("enterkeyhint", "search");
        Element none = text("p", getTranslation("skills.occupation.none"), "occupation-none");
        none.setAttribute("hidden", true);
        Element chosen = el("p", "occupation-chosen");
        chosen.setAttribute("hidden", true);
        Element change = text("button", getTranslation("skills.occupation.change"), "occupation-change");
        change.setAttribute("type", "button");
        chosen.appendChild(text("span", getTranslation(labelKey), "field-label"), el("span", "occupation-name"), change);
        picker.appendChild(field(labelKey, search), text("p", getTranslation("skills.occupation.hint"), "field-hint"),
                el("ul", "occupation-options"), none, chosen);
        return picker;
    }

    private Element field(String labelKey, Element control) {
        Element label = el("label", "skills-field");
        label.appendChild(text("span", getTranslation(labelKey), "field-label"), control);
        return label;
    }

    private static Element input(String type, String name) {
        Element input = el("input", "native-input");
        input.setAttribute("type", type);
        if (name != null) {
            input.setAttribute("data-field", name);
        }
        input.setAttribute("maxlength", String.valueOf(TEXT_MAX));
        return input;
    }

    private static Element years() {
        Element years = el("input", "native-input", "skills-years");
        years.setAttribute("type", "number");
        years.setAttribute("data-field", "years");
        years.setAttribute("min", "0");
        years.setAttribute("max", String.valueOf(MAX_YEARS));
        years.setAttribute("inputmode", "numeric");
        return years;
    }

    /** A choice whose options the script builds from the page's list (countries, languages). */
    private Element choice(String name, String from) {
        Element select = el("select", "native-select");
        select.setAttribute("data-field", name);
        select.setAttribute("data-options", from);
        select.appendChild(option("", getTranslation("skills.choose"), ""));
        return select;
    }

    /** A choice of fixed values, each named by {@code keyPrefix + value} (or by the value itself). */
    private Element options(String name, List<String> values, String keyPrefix) {
        Element select = el("select", "native-select");
        select.setAttribute("data-field", name);
        select.appendChild(option("", getTranslation("skills.choose"), ""));
        values.forEach(v -> select.appendChild(keyPrefix == null ? option(v, v, v)
                : option(v, getTranslation(keyPrefix + v), say(GERMAN, keyPrefix + v))));
        return select;
    }

    private static Element option(String value, String label, String german) {
        Element option = text("option", label);
        option.setAttribute("value", value);
        option.setAttribute("data-de", german);
        return option;
    }

    private Element checkbox(String name, String labelKey) {
        Element box = el("input");
        box.setAttribute("type", "checkbox");
        box.setAttribute("data-field", name);
        box.setAttribute("data-de", say(GERMAN, labelKey));
        Element label = el("label", "check-field");
        label.appendChild(box, text("span", getTranslation(labelKey)));
        return label;
    }

    /** One of several check boxes whose checked values form a list. */
    private static Element check(String value, String label, String german) {
        Element box = el("input");
        box.setAttribute("type", "checkbox");
        box.setAttribute("value", value);
        box.setAttribute("data-de", german);
        Element field = el("label", "check-field");
        field.appendChild(box, text("span", label));
        return field;
    }

    // --- the summary for the counsellor ---------------------------------------------------

    private Element summary() {
        Element summary = el("section", "skills-summary");
        summary.setAttribute("id", "skills-summary");
        Element empty = text("p", getTranslation("skills.summary.empty"), "skills-summary-empty");
        Element sides = el("div", "summary-sides");
        sides.appendChild(side(GERMAN));
        if (!language.code().equals(GERMAN.code())) {
            sides.appendChild(side(language));
        }
        Element qr = el("img", "skills-qr");
        qr.setAttribute("alt", getTranslation("skills.qr"));
        qr.setAttribute("hidden", true);
        Element code = el("div", "skills-qr-box");
        code.appendChild(qr);
        Element card = el("div", "summary-card");
        card.appendChild(sides, code);
        Element print = text("button", getTranslation("card.print"), "page-action", "skills-print", "skills-screen-only");
        print.setAttribute("type", "button");
        print.setAttribute("data-print", true);
        summary.appendChild(text("h2", getTranslation("skills.summary.title"), "skills-screen-only"),
                text("p", getTranslation("skills.summary.intro"), "skills-screen-only"), empty, card, print);
        return summary;
    }

    /** One side of the summary, every word in {@code in}; the script writes the values. */
    private Element side(Language in) {
        Element side = el("section", "summary-side");
        side.setAttribute("lang", in.code());
        side.setAttribute("dir", in.rightToLeft() ? "rtl" : "ltr");
        side.setAttribute("data-comma", comma(in));
        side.setAttribute("data-years", json(IntStream.rangeClosed(0, MAX_YEARS)
                .mapToObj(n -> say(in, "skills.summary.years", n)).toList()));
        Element rows = el("dl", "summary-list");
        SUMMARY_ROWS.forEach((row, key) -> {
            Element entry = el("div", "summary-row");
            entry.setAttribute("data-row", row);
            entry.appendChild(text("dt", say(in, key)), el("dd"));
            rows.appendChild(entry);
        });
        side.appendChild(text("h3", say(in, "skills.summary.heading"), "summary-heading"), rows,
                text("p", say(in, "skills.summary.note"), "summary-note"));
        return side;
    }

    /**
     * What the language writes between the items of a list: ", ", "، ", "、", "፣ ". Where its
     * lists are joined by a word (Arabic "و", "and"), the script's comma.
     */
    private static String comma(Language in) {
        String list = LocalFormats.list(List.of("X", "Y", "Z"), in);
        int start = list.indexOf('X') + 1;
        int end = list.indexOf('Y', start);
        String between = start > 0 && end > start ? list.substring(start, end) : "";
        if (between.isBlank() || between.codePoints().anyMatch(Character::isLetter)) {
            return in.rightToLeft() ? "، " : ", ";
        }
        return between;
    }

    private static Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("school", "skills.school.title");
        rows.put("training", "skills.training.title");
        rows.put("studies", "skills.studies.title");
        rows.put("degrees", "skills.summary.degrees");
        rows.put("work", "skills.work.title");
        rows.put("languages", "skills.languages.title");
        rows.put("licence", "skills.licence.title");
        rows.put("wishes", "skills.wishes.title");
        return rows;
    }

    // --- offers that may fit, and the profile's file ---------------------------------------

    /** Plain links to a category's offers; the script shows those the profile points to. */
    private Element offers(CategoryService categories) {
        Element offers = el("section", "skills-offers", "skills-screen-only");
        offers.setAttribute("id", "skills-offers");
        offers.setAttribute("hidden", true);
        Element links = el("ul", "skills-offer-links");
        OFFER_CATEGORIES.forEach(code -> categories.byCode(code).filter(CategoryRef::active).ifPresent(c -> {
            Element link = text("a", c.name(language));
            link.setAttribute("href", OfferLinks.ofCategory(c.buildingBlock(), code));
            Element item = el("li");
            item.setAttribute("data-offer", code);
            item.setAttribute("hidden", true);
            item.appendChild(link);
            links.appendChild(item);
        }));
        offers.appendChild(text("h2", getTranslation("skills.offers.title")),
                text("p", getTranslation("skills.offers.hint")), links);
        return offers;
    }


    private Element data() {
        Element data = el("section", "skills-data", "skills-screen-only");
        Element exportFile = text("button", getTranslation("skills.export"), "skills-action");
        exportFile.setAttribute("type", "button");
        exportFile.setAttribute("data-skills-export", true);
        Element file = el("input", "skills-file");
        file.setAttribute("type", "file");
        file.setAttribute("accept", ".json,application/json");
        file.setAttribute("data-skills-import", true);
        Element importFile = el("label", "skills-action", "skills-import");
        importFile.appendChild(text("span", getTranslation("skills.import")), file);
        Element delete = text("button", getTranslation("skills.delete"), "skills-action", "skills-delete");
        delete.setAttribute("type", "button");
        delete.setAttribute("data-skills-delete", true);
        Element actions = el("div", "skills-data-actions");
        actions.appendChild(exportFile, importFile, delete);
        Element status = el("p", "action-status");
        status.setAttribute("id", "skills-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        data.appendChild(text("h2", getTranslation("skills.file.title")),
                text("p", getTranslation("skills.file.hint")), actions, status);
        return data;
    }

    // --- what the script looks up -----------------------------------------------------------

    /**
     * The occupation lists the phone loads: German always, then the reader's own, or English for
     * a reader whose language has none (docs/decisions/048).
     */
    private List<String> occupationLists() {
        List<String> lists = new ArrayList<>();
        lists.add(ServerPages.versioned(SkillsProfile.OCCUPATIONS + GERMAN.code() + ".json"));
        if (!language.code().equals(GERMAN.code()) && !language.easyToRead()) {
            String own = SkillsProfile.OCCUPATIONS + language.code() + ".json";
            lists.add(ServerPages.versioned(getClass().getResource("/META-INF/resources/" + own) != null ? own
                    : SkillsProfile.OCCUPATIONS + "en.json"));
        }
        return lists;
    }

    /** Every country: its ISO code, its name in the reader's language and in German, sorted for the reader. */
    private List<List<String>> countries() {
        Collator order = Collator.getInstance(language.formatting());
        return Arrays.stream(ULocale.getISOCountries())
                .map(code -> new ULocale.Builder().setRegion(code).build())
                .map(region -> List.of(region.getCountry(), region.getDisplayCountry(language.formatting()),
                        region.getDisplayCountry(GERMAN.formatting())))
                .sorted(Comparator.comparing((List<String> c) -> c.get(1), order::compare))
                .toList();
    }

    /** The languages the app speaks (their readers' languages), named in the reader's language and in German. */
    private List<List<String>> languages() {
        Collator order = Collator.getInstance(language.formatting());
        return Language.all().stream().filter(l -> !l.easyToRead())
                .map(l -> List.of(l.code(), LocalFormats.languageName(l.code(), language),
                        LocalFormats.languageName(l.code(), GERMAN)))
                .sorted(Comparator.comparing((List<String> l) -> l.get(1), order::compare))
                .toList();
    }

    private String say(Language in, String key, Object... arguments) {
        return getTranslation(in.locale(), key, arguments);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static Element el(String tag, String... classes) {
        Element element = new Element(tag);
        Arrays.stream(classes).forEach(element.getClassList()::add);
        return element;
    }

    private static Element text(String tag, String text, String... classes) {
        Element element = el(tag, classes);
        element.setText(text);
        return element;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skills.title") + " – " + getTranslation("app.name");
    }

    /**
     * The page search engines read is the empty form, the same for everyone: indexed and in the
     * sitemap, so that a newcomer who searches for it finds it (what a phone fills in never leaves it).
     */
    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation("skills.intro"), SkillsProfile.ROUTE);
    }
}
