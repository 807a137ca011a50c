package de.willkommenvorort.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.RevisionDiff;
import de.willkommenvorort.offer.TargetGroup;
import de.willkommenvorort.offer.ui.EventText;
import de.willkommenvorort.offer.ui.Labels;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A revision against its published offer: every field with its value before and after, the
 * changed ones marked (by a class and a word, not only by colour), then the texts per language.
 */
class RevisionDiffPanel extends Div {

    private static final String NOTHING = "–";

    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final Language language;

    RevisionDiffPanel(RevisionDiff diff, CategoryService categories, MunicipalityService municipalities) {
        this.categories = categories;
        this.municipalities = municipalities;
        this.language = Language.of(getLocale());
        addClassName("review-diff");
        add(new H2(getTranslation("review.diff.title")));
        Div table = new Div();
        table.addClassName("diff-table");
        table.add(cell("diff-head", getTranslation("review.diff.before")),
                cell("diff-head", getTranslation("review.diff.after")));
        for (RevisionDiff.FieldChange change : diff.fields()) {
            table.add(row(getTranslation(change.field().labelKey()), change.changed(),
                    shown(change.field(), change.before()), shown(change.field(), change.after())));
        }
        add(table);
        for (RevisionDiff.TextChange text : diff.texts()) {
            add(texts(text));
        }
    }

    private Div texts(RevisionDiff.TextChange text) {
        Div block = new Div();
        block.addClassName("diff-texts");
        String name = LocalFormats.languageName(text.language(), language);
        block.add(new H3(getTranslation("review.diff.text." + text.kind().name().toLowerCase(), name)));
        if (text.kind() == RevisionDiff.TextKind.SAME) {
            return block;
        }
        Div table = new Div();
        table.addClassName("diff-table");
        for (OfferText.Part part : OfferText.Part.values()) {
            table.add(row(getTranslation(part.labelKey()), text.changed(part),
                    part(text.before(), part::of), part(text.after(), part::of)));
        }
        table.getChildren().forEach(c -> c.getElement().setAttribute("lang", text.language()));
        block.add(table);
        return block;
    }

    private Div row(String label, boolean changed, String before, String after) {
        Span name = new Span(label);
        name.addClassName("diff-field");
        if (changed) {
            Span mark = new Span(getTranslation("review.diff.changed"));
            mark.addClassName("diff-mark");
            name.add(mark);
        }
        Div row = new Div(name, cell("diff-before", before), cell("diff-after", after));
        row.addClassName("diff-row");
        if (changed) {
            row.addClassName("changed");
        }
        return row;
    }

    private static Span cell(String className, String text) {
        Span cell = new Span(text);
        cell.addClassName(className);
        return cell;
    }

    private static String part(Optional<OfferText> text, Function<OfferText, String> part) {
        return text.map(part).filter(s -> !s.isBlank()).orElse(NOTHING);
    }

    /** A field's value in the moderator's language. */
    private String shown(RevisionDiff.Field field, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return NOTHING;
        }
        return switch (field) {
            case CATEGORY -> categories.byId((Long) value).map(c -> c.name(language)).orElse(NOTHING);
            case MUNICIPALITY -> municipalities.byId((Long) value).map(MunicipalityRef::name).orElse(NOTHING);
            case ORIGINAL_LANGUAGE -> LocalFormats.languageName((String) value, language);
            case SPOKEN_LANGUAGES -> join(value, v -> LocalFormats.languageName((String) v, language));
            case TARGET_GROUPS -> join(value, v -> getTranslation(Labels.targetGroup((TargetGroup) v)));
            case COST -> getTranslation(Labels.cost((Cost) value));
            case COURSE_LEVEL -> ((CourseLevel) value).name();
            case NEXT_START, VALID_UNTIL -> LocalFormats.date((LocalDate) value, language);
            case WEEKLY_SLOTS -> join(value, v -> {
                RevisionDiff.SlotLine slot = (RevisionDiff.SlotLine) v;
                return LocalFormats.weekday(slot.day(), language) + " "
                        + LocalFormats.timeRange(slot.start(), slot.end(), language);
            });
            case EVENT_DATES -> join(value, v -> {
                RevisionDiff.DateLine date = (RevisionDiff.DateLine) v;
                return LocalFormats.date(date.date(), language) + " "
                        + EventText.savedTime(this, date.start(), date.end(), date.allDay(), language)
                        + date.municipalityId().flatMap(municipalities::byId).map(m -> ", " + m.name()).orElse("")
                        + (date.cancelled() ? " (" + getTranslation("editor.event.cancelled") + ")" : "");
            });
            default -> value instanceof Boolean yes
                    ? getTranslation(yes ? "review.diff.yes" : "review.diff.no") : String.valueOf(value);
        };
    }

    private static String join(Object values, Function<Object, String> each) {
        return ((Collection<?>) values).stream().map(each).collect(Collectors.joining("; "));
    }
}
