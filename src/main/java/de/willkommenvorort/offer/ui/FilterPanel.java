package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.TargetGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * "Filter: place, language, target group, cost" as a native disclosure, shared by the list of
 * offers and the list of events; also reads and writes the filter's URL parameters, so both
 * lists understand the same links. The fields are built when the newcomer opens the panel: most
 * never do, and a session without them is much smaller on the server.
 */
class FilterPanel extends NativeDetails {

    static final String P_BLOCK = "block";
    static final String P_CATEGORY = "category";
    static final String P_PLACE = "place";
    static final String P_SPOKEN = "spoken";
    static final String P_GROUP = "group";
    static final String P_FREE = "free";
    static final String P_TEXT = "q";

    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final Language language;
    private final Consumer<UnaryOperator<OfferFilter>> changes;

    private Select<Optional<CategoryRef>> category;
    private Select<Optional<MunicipalityRef>> place;
    private Select<Optional<Language>> spoken;
    private Select<Optional<TargetGroup>> group;
    private Checkbox free;

    private OfferFilter filter = OfferFilter.everything();
    private boolean updating;

    /** {@code changes} receives each change the newcomer makes, to apply to the current filter. */
    FilterPanel(CategoryService categories, MunicipalityService municipalities, Language language,
                Consumer<UnaryOperator<OfferFilter>> changes) {
        this.categories = categories;
        this.municipalities = municipalities;
        this.language = language;
        this.changes = changes;
        setSummaryText(getTranslation("results.filters"));
        addClassName("filters");
        addToggleListener(e -> {
            if (e.isOpened()) {
                buildFields();
            }
        });
    }

    /** Shows a filter; the panel opens when it narrows the list by anything but block or text. */
    void show(OfferFilter shown, boolean openWhenNarrowed) {
        filter = shown;
        boolean narrowed = shown.narrowsBeyondBlock() && shown.text().isEmpty();
        if (openWhenNarrowed && narrowed) {
            buildFields();
            setOpen(true);
        } else if (openWhenNarrowed) {
            setOpen(false);
        }
        showValues();
    }

    /** The filter of a URL's query parameters; unknown values are ignored. */
    OfferFilter parse(Map<String, List<String>> params) {
        Function<String, Optional<String>> first = name -> params.getOrDefault(name, List.of()).stream().findFirst();
        OfferFilter base = OfferFilter.everything()
                .withBlock(first.apply(P_BLOCK).flatMap(BuildingBlock::ofSlug).orElse(null))
                .withSpokenLanguage(first.apply(P_SPOKEN).flatMap(Language::ofCode).map(Language::code).orElse(null))
                .withTargetGroup(first.apply(P_GROUP).flatMap(FilterPanel::targetGroup).orElse(null))
                .withFreeOnly(first.apply(P_FREE).filter("1"::equals).isPresent())
                .withText(first.apply(P_TEXT).orElse(""));
        Optional<CategoryRef> cat = first.apply(P_CATEGORY).flatMap(categories::byCode).filter(CategoryRef::active)
                .filter(c -> base.block().map(b -> b == c.buildingBlock()).orElse(true));
        return base.withCategory(cat.map(CategoryRef::id).orElse(null))
                .withMunicipality(first.apply(P_PLACE).flatMap(PlacePreference::parse).orElse(null));
    }

    /** The query parameters of a filter, in a stable order. */
    Map<String, String> params(OfferFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        f.block().ifPresent(b -> params.put(P_BLOCK, b.slug()));
        f.categoryId().flatMap(categories::byId).ifPresent(c -> params.put(P_CATEGORY, c.code()));
        f.municipalityId().ifPresent(id -> params.put(P_PLACE, id.toString()));
        f.spokenLanguage().ifPresent(l -> params.put(P_SPOKEN, l));
        f.targetGroup().ifPresent(g -> params.put(P_GROUP, g.name().toLowerCase(Locale.ROOT)));
        if (f.freeOnly()) {
            params.put(P_FREE, "1");
        }
        f.text().ifPresent(t -> params.put(P_TEXT, t));
        return params;
    }

    private void buildFields() {
        if (category != null) {
            return;
        }
        updating = true;
        category = new Select<>();
        category.setLabel(getTranslation("results.filter.category"));
        category.setItemLabelGenerator(c -> c.map(ref -> ref.name(language))
                .orElseGet(() -> getTranslation("results.filter.category.all")));
        category.addValueChangeListener(e -> change(f -> f.withCategory(e.getValue().map(CategoryRef::id).orElse(null))));

        List<Optional<MunicipalityRef>> places = new ArrayList<>();
        places.add(Optional.empty());
        municipalities.all().forEach(m -> places.add(Optional.of(m)));
        place = new Select<>();
        place.setLabel(getTranslation("results.filter.place"));
        place.setItems(places);
        place.setItemLabelGenerator(m -> m.map(MunicipalityRef::name).orElseGet(() -> getTranslation("results.filter.place.all")));
        place.addValueChangeListener(e -> {
            Long id = e.getValue().map(MunicipalityRef::id).orElse(null);
            if (e.isFromClient()) {
                PlacePreference.remember(id);
            }
            change(f -> f.withMunicipality(id));
        });

        List<Optional<Language>> languages = new ArrayList<>();
        languages.add(Optional.empty());
        Arrays.stream(Language.values()).forEach(l -> languages.add(Optional.of(l)));
        spoken = new Select<>();
        spoken.setLabel(getTranslation("results.filter.language"));
        spoken.setItems(languages);
        spoken.setItemLabelGenerator(l -> l.map(x -> LocalFormats.languageName(x.code(), language))
                .orElseGet(() -> getTranslation("results.filter.language.all")));
        spoken.addValueChangeListener(e -> change(f -> f.withSpokenLanguage(e.getValue().map(Language::code).orElse(null))));

        List<Optional<TargetGroup>> groups = new ArrayList<>();
        groups.add(Optional.empty());
        Arrays.stream(TargetGroup.values()).filter(g -> g != TargetGroup.EVERYONE).forEach(g -> groups.add(Optional.of(g)));
        group = new Select<>();
        group.setLabel(getTranslation("results.filter.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.map(x -> getTranslation(Labels.targetGroup(x)))
                .orElseGet(() -> getTranslation("results.filter.group.all")));
        group.addValueChangeListener(e -> change(f -> f.withTargetGroup(e.getValue().orElse(null))));

        free = new Checkbox();
        free.setLabel(getTranslation("results.filter.free"));
        free.addValueChangeListener(e -> change(f -> f.withFreeOnly(e.getValue())));

        Div filterFields = new Div(category, place, spoken, group, free);
        filterFields.addClassName("filter-fields");
        setContent(filterFields);
        showValues();
        updating = false;
    }

    /** Puts the current filter into the fields, if they exist yet. */
    private void showValues() {
        if (category == null) {
            return;
        }
        boolean wasUpdating = updating;
        updating = true;
        List<Optional<CategoryRef>> categoryChoices = new ArrayList<>();
        categoryChoices.add(Optional.empty());
        (filter.block().isPresent() ? categories.of(filter.block().get()) : categories.all())
                .forEach(c -> categoryChoices.add(Optional.of(c)));
        category.setItems(categoryChoices);
        category.setValue(filter.categoryId().flatMap(categories::byId));
        place.setValue(place.getListDataView().getItems()
                .filter(m -> m.map(MunicipalityRef::id).equals(filter.municipalityId())).findFirst()
                .orElse(Optional.empty()));
        spoken.setValue(filter.spokenLanguage().flatMap(Language::ofCode));
        group.setValue(filter.targetGroup());
        free.setValue(filter.freeOnly());
        updating = wasUpdating;
    }

    private void change(UnaryOperator<OfferFilter> change) {
        if (!updating) {
            changes.accept(change);
        }
    }

    private static Optional<TargetGroup> targetGroup(String slug) {
        return Arrays.stream(TargetGroup.values()).filter(g -> g.name().equalsIgnoreCase(slug)).findFirst();
    }
}
