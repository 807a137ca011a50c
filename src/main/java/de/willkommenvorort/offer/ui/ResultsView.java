package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.offer.TargetGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The list of offers of a building block, a category or a search, narrowed by place, language
 * spoken, target group and cost. The list is paged lazily from the database; the filter lives in
 * the URL, so a result can be shared and survives a reload.
 */
@Route(value = ResultsView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "offers";
    private static final String P_BLOCK = "block";
    private static final String P_CATEGORY = "category";
    private static final String P_PLACE = "place";
    private static final String P_SPOKEN = "spoken";
    private static final String P_GROUP = "group";
    private static final String P_FREE = "free";
    private static final String P_TEXT = "q";

    private final PublicOffers offers;
    private final CategoryService categories;
    private final Language language;

    private final H1 title = new H1();
    private final TextField search = new TextField();
    private final MunicipalityService municipalities;
    // The filter fields are built when the newcomer opens the filter panel: most never do, and a
    // session without them is much smaller on the server.
    private Select<Optional<CategoryRef>> category;
    private Select<Optional<MunicipalityRef>> place;
    private Select<Optional<Language>> spoken;
    private Select<Optional<TargetGroup>> group;
    private Checkbox free;
    private final NativeDetails filters = new NativeDetails();
    private final Paragraph count = new Paragraph();
    private final VirtualList<OfferCard> list = new VirtualList<>();
    private final Div empty = new Div();
    private final NativeButton wholeCounty = new NativeButton();

    private OfferFilter filter = OfferFilter.everything();
    private int total;
    private boolean updating;

    ResultsView(PublicOffers offers, CategoryService categories, MunicipalityService municipalities) {
        this.offers = offers;
        this.categories = categories;
        this.municipalities = municipalities;
        this.language = Language.of(getLocale());
        addClassName("results-view");

        search.setLabel(getTranslation("results.search.label"));
        search.setPlaceholder(getTranslation("home.search.placeholder"));
        search.setMaxLength(OfferFilter.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.addClassName("search-field");
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyPressListener(Key.ENTER, e -> apply(filter.withText(search.getValue())));
        search.addValueChangeListener(e -> {
            if (e.getValue().isEmpty() && filter.text().isPresent()) {
                apply(filter.withText(""));
            }
        });
        Button go = new Button(getTranslation("home.search.button"), e -> apply(filter.withText(search.getValue())));
        go.addClassName("search-button");
        Div searchRow = new Div(search, go);
        searchRow.addClassName("search-row");
        searchRow.getElement().setAttribute("role", "search");

        filters.setSummaryText(getTranslation("results.filters"));
        filters.addClassName("filters");
        filters.addToggleListener(e -> {
            if (e.isOpened()) {
                buildFilterFields();
            }
        });

        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");

        list.addClassName("result-list");
        list.setRenderer(LitRenderer.<OfferCard>of("""
                        <a class="offer-card" href="${item.href}" router-link>
                          <span class="offer-card-title" lang="${item.lang}">${item.title}</span>
                          <span class="offer-card-summary" lang="${item.lang}">${item.summary}</span>
                          <span class="offer-card-meta">${item.meta}</span>
                          <span class="badge" ?hidden="${!item.fallback}">${item.fallbackLabel}</span>
                        </a>""")
                .withProperty("href", card -> OfferView.link(card.id()))
                .withProperty("lang", OfferCard::textLanguage)
                .withProperty("title", OfferCard::title)
                .withProperty("summary", OfferCard::summary)
                .withProperty("meta", this::meta)
                .withProperty("fallback", card -> !card.textLanguage().equals(language.code()))
                .withProperty("fallbackLabel", card -> getTranslation("results.in-german")));

        Paragraph emptyTitle = new Paragraph(getTranslation("results.empty.title"));
        emptyTitle.addClassName("empty-title");
        Paragraph emptyHint = new Paragraph(getTranslation("results.empty.hint"));
        wholeCounty.setText(getTranslation("results.empty.all-places"));
        wholeCounty.addClassName("widen-button");
        wholeCounty.addClickListener(e -> {
            filter = filter.withMunicipality(null);
            PlacePreference.remember(null);
            showFilterValues();
            apply(filter);
        });
        NativeButton clear = new NativeButton(getTranslation("results.empty.widen"), e -> clearFilters());
        clear.addClassName("widen-button");
        empty.add(emptyTitle, emptyHint, wholeCounty, clear);
        empty.addClassName("empty-result");

        add(title, searchRow, filters, count, list, empty);
    }

    /** The URL of a list, for links from elsewhere. */
    static String link(BuildingBlock block, Optional<Long> municipality, String text) {
        String query = query(block, municipality, text).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    static QueryParameters query(BuildingBlock block, Optional<Long> municipality, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (block != null) {
            params.put(P_BLOCK, block.slug());
        }
        municipality.ifPresent(id -> params.put(P_PLACE, id.toString()));
        if (text != null && !text.isBlank()) {
            params.put(P_TEXT, text.strip());
        }
        return QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Function<String, Optional<String>> first = name -> params.getOrDefault(name, List.of()).stream().findFirst();
        OfferFilter base = OfferFilter.everything()
                .withBlock(first.apply(P_BLOCK).flatMap(BuildingBlock::ofSlug).orElse(null))
                .withSpokenLanguage(first.apply(P_SPOKEN).flatMap(Language::ofCode).map(Language::code).orElse(null))
                .withTargetGroup(first.apply(P_GROUP).flatMap(ResultsView::targetGroup).orElse(null))
                .withFreeOnly(first.apply(P_FREE).filter("1"::equals).isPresent())
                .withText(first.apply(P_TEXT).orElse(""));
        Optional<CategoryRef> cat = first.apply(P_CATEGORY).flatMap(categories::byCode)
                .filter(c -> base.block().map(b -> b == c.buildingBlock()).orElse(true));
        OfferFilter parsed = base.withCategory(cat.map(CategoryRef::id).orElse(null))
                .withMunicipality(first.apply(P_PLACE).flatMap(PlacePreference::parse).orElse(null));

        filter = parsed;
        updating = true;
        search.setValue(parsed.text().orElse(""));
        updating = false;
        showFilterValues();
        if (parsed.narrowsBeyondBlock() && parsed.text().isEmpty()) {
            buildFilterFields();
        }
        filters.setOpen(parsed.narrowsBeyondBlock() && parsed.text().isEmpty());
        show(parsed, false);
    }

    private void buildFilterFields() {
        if (category != null) {
            return;
        }
        updating = true;
        category = new Select<>();
        category.setLabel(getTranslation("results.filter.category"));
        category.setItemLabelGenerator(c -> c.map(ref -> getTranslation(ref.nameKey()))
                .orElseGet(() -> getTranslation("results.filter.category.all")));
        category.addValueChangeListener(e -> onFilter(f -> f.withCategory(e.getValue().map(CategoryRef::id).orElse(null))));

        List<Optional<MunicipalityRef>> places = new ArrayList<>();
        places.add(Optional.empty());
        this.municipalities.all().forEach(m -> places.add(Optional.of(m)));
        place = new Select<>();
        place.setLabel(getTranslation("results.filter.place"));
        place.setItems(places);
        place.setItemLabelGenerator(m -> m.map(MunicipalityRef::name).orElseGet(() -> getTranslation("results.filter.place.all")));
        place.addValueChangeListener(e -> {
            Long id = e.getValue().map(MunicipalityRef::id).orElse(null);
            if (e.isFromClient()) {
                PlacePreference.remember(id);
            }
            onFilter(f -> f.withMunicipality(id));
        });

        List<Optional<Language>> languages = new ArrayList<>();
        languages.add(Optional.empty());
        Arrays.stream(Language.values()).forEach(l -> languages.add(Optional.of(l)));
        spoken = new Select<>();
        spoken.setLabel(getTranslation("results.filter.language"));
        spoken.setItems(languages);
        spoken.setItemLabelGenerator(l -> l.map(x -> LocalFormats.languageName(x.code(), language))
                .orElseGet(() -> getTranslation("results.filter.language.all")));
        spoken.addValueChangeListener(e -> onFilter(f -> f.withSpokenLanguage(e.getValue().map(Language::code).orElse(null))));

        List<Optional<TargetGroup>> groups = new ArrayList<>();
        groups.add(Optional.empty());
        Arrays.stream(TargetGroup.values()).filter(g -> g != TargetGroup.EVERYONE).forEach(g -> groups.add(Optional.of(g)));
        group = new Select<>();
        group.setLabel(getTranslation("results.filter.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.map(x -> getTranslation(Labels.targetGroup(x)))
                .orElseGet(() -> getTranslation("results.filter.group.all")));
        group.addValueChangeListener(e -> onFilter(f -> f.withTargetGroup(e.getValue().orElse(null))));

        free = new Checkbox();
        free.setLabel(getTranslation("results.filter.free"));
        free.addValueChangeListener(e -> onFilter(f -> f.withFreeOnly(e.getValue())));

        Div filterFields = new Div(category, place, spoken, group, free);
        filterFields.addClassName("filter-fields");
        filters.setContent(filterFields);
        showFilterValues();
        updating = false;
    }

    /** Puts the current filter into the fields, if they exist yet. */
    private void showFilterValues() {
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

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }

    private void onFilter(Function<OfferFilter, OfferFilter> change) {
        if (!updating) {
            apply(change.apply(filter));
        }
    }

    private void apply(OfferFilter next) {
        show(next, true);
    }

    private void show(OfferFilter next, boolean updateUrl) {
        filter = next;
        title.setText(next.text().isPresent() ? getTranslation("results.title.search")
                : next.block().map(b -> getTranslation(Labels.blockTitle(b)))
                .orElseGet(() -> getTranslation("results.title.all")));
        total = offers.count(next, language.code());
        count.setText(getTranslation("results.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> offers.page(filter, language.code(), query.getOffset(), query.getLimit()).stream(),
                query -> total));
        list.setVisible(total > 0);
        empty.setVisible(total == 0);
        wholeCounty.setVisible(next.municipalityId().isPresent());
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, url(next)));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private void clearFilters() {
        updating = true;
        search.clear();
        updating = false;
        filter = OfferFilter.everything().withBlock(filter.block().orElse(null));
        showFilterValues();
        apply(filter);
    }

    private String meta(OfferCard card) {
        String where = card.online() ? getTranslation("results.online") : card.municipalityName().orElse("");
        String what = categories.byId(card.categoryId()).map(c -> getTranslation(c.nameKey())).orElse("");
        return where.isEmpty() ? what : where + " · " + what;
    }

    private String url(OfferFilter f) {
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
        String query = QueryParameters.simple(params).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private static Optional<TargetGroup> targetGroup(String slug) {
        return Arrays.stream(TargetGroup.values()).filter(g -> g.name().equalsIgnoreCase(slug)).findFirst();
    }
}
