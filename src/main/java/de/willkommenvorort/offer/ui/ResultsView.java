package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
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
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.NothingFound;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The list of offers of a building block, a category or a search, narrowed by place, language
 * spoken, target group and cost. The list is paged lazily from the database; the filter lives in
 * the URL, so a result can be shared and survives a reload.
 */
@Route(value = ResultsView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "offers";

    private final PublicOffers offers;
    private final CategoryService categories;
    private final Language language;

    private final H1 title = new H1();
    private final TextField search = new TextField();
    private final FilterPanel filters;
    private final Paragraph count = new Paragraph();
    private final VirtualList<OfferCard> list = new VirtualList<>();
    private final Div empty = new Div();
    private final NativeButton wholeCounty = new NativeButton();
    private final GoodToKnow goodToKnow;
    private final NativeButton foundNothing = new NativeButton();
    private final Paragraph foundNothingThanks = new Paragraph();
    private final ApplicationEventPublisher events;

    private OfferFilter filter = OfferFilter.everything();
    private int total;
    /** The search the newcomer already said found nothing: one signal per search and page. */
    private OfferFilter toldFor;

    ResultsView(PublicOffers offers, CategoryService categories, MunicipalityService municipalities,
                InfoPages infoPages, ApplicationEventPublisher events) {
        this.offers = offers;
        this.events = events;
        this.categories = categories;
        this.language = Language.of(getLocale());
        this.goodToKnow = new GoodToKnow(infoPages, language);
        this.filters = new FilterPanel(categories, municipalities, language, change -> apply(change.apply(filter)));
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
            PlacePreference.remember(null);
            OfferFilter wider = filter.withMunicipality(null);
            filters.show(wider, false);
            apply(wider);
        });
        NativeButton clear = new NativeButton(getTranslation("results.empty.widen"), e -> clearFilters());
        clear.addClassName("widen-button");
        foundNothing.setText(getTranslation("found-nothing.button"));
        foundNothing.addClassName("found-nothing-button");
        foundNothing.addClickListener(e -> tellNothingFound());
        foundNothingThanks.setText(getTranslation("found-nothing.thanks"));
        foundNothingThanks.addClassName("found-nothing-thanks");
        Div foundNothingStatus = new Div(foundNothingThanks);
        foundNothingStatus.getElement().setAttribute("role", "status");
        empty.add(emptyTitle, emptyHint, wholeCounty, clear, foundNothing, foundNothingStatus);
        empty.addClassName("empty-result");

        add(title, searchRow, filters, goodToKnow, count, list, empty);
    }

    /** The URL of a list, for links from elsewhere. */
    static String link(BuildingBlock block, Optional<Long> municipality, String text) {
        String query = query(block, municipality, text).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    static QueryParameters query(BuildingBlock block, Optional<Long> municipality, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (block != null) {
            params.put(FilterPanel.P_BLOCK, block.slug());
        }
        municipality.ifPresent(id -> params.put(FilterPanel.P_PLACE, id.toString()));
        if (text != null && !text.isBlank()) {
            params.put(FilterPanel.P_TEXT, text.strip());
        }
        return QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OfferFilter parsed = filters.parse(event.getLocation().getQueryParameters().getParameters());
        filter = parsed;
        search.setValue(parsed.text().orElse(""));
        filters.show(parsed, true);
        show(parsed, false);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }

    private void apply(OfferFilter next) {
        show(next, true);
    }

    private void show(OfferFilter next, boolean updateUrl) {
        filter = next;
        title.setText(next.text().isPresent() ? getTranslation("results.title.search")
                : next.block().map(b -> getTranslation(Labels.blockTitle(b)))
                .orElseGet(() -> getTranslation("results.title.all")));
        goodToKnow.show(next.block().orElse(null));
        total = offers.count(next, language.code());
        count.setText(getTranslation("results.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> offers.page(filter, language.code(), query.getOffset(), query.getLimit()).stream(),
                query -> total));
        list.setVisible(total > 0);
        empty.setVisible(total == 0);
        wholeCounty.setVisible(next.municipalityId().isPresent());
        showFoundNothing();
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, url(next)));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    /**
     * Tells the county what was searched in vain, through an event that the report feature
     * records; offers stay independent of it.
     */
    private void tellNothingFound() {
        if (!filter.equals(toldFor)) {
            events.publishEvent(NothingFound.of(filter, language.code()));
            toldFor = filter;
        }
        showFoundNothing();
    }

    private void showFoundNothing() {
        boolean told = filter.equals(toldFor);
        foundNothing.setVisible(!told);
        foundNothingThanks.setVisible(told);
    }

    private void clearFilters() {
        OfferFilter cleared = OfferFilter.everything().withBlock(filter.block().orElse(null));
        filter = cleared;
        search.clear();
        filters.show(cleared, false);
        apply(cleared);
    }

    private String meta(OfferCard card) {
        String where = card.online() ? getTranslation("results.online") : card.municipalityName().orElse("");
        String what = categories.byId(card.categoryId()).map(c -> c.name(language)).orElse("");
        return where.isEmpty() ? what : where + " · " + what;
    }

    private String url(OfferFilter f) {
        String query = QueryParameters.simple(filters.params(f)).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }
}
