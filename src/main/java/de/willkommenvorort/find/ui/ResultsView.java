package de.willkommenvorort.find.ui;

import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.offer.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.Forms;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.search.FoundOffers;
import de.willkommenvorort.search.Marked;
import de.willkommenvorort.search.OfferSearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list of offers of a building block, a category or a search, narrowed by place, language
 * spoken, target group, cost, childcare, course level and course start. The filter lives in the
 * URL, so a result can be shared and survives a reload; "show more" is a link to the same list
 * with more cards (page.js adds them in place).
 */
@Route(value = ResultsView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMeta {

    static final String ROUTE = OfferLinks.ROUTE;
    /** Cards per step of "show more". */
    static final int STEP = 20;
    static final String P_SHOWN = "n";
    /** The most cards one page shows ("show more" twenty times). */
    static final int MAX_SHOWN = 20 * STEP;
    static final String P_TOLD = "told";

    private final OfferSearch search;
    private final CategoryService categories;
    private final Language language;
    private final FilterPanel filters;
    private final GoodToKnow goodToKnow;

    private final H1 title = new H1();
    private final Div searchRow = new Div();
    private final Div results = new Div();
    private OfferFilter filter = OfferFilter.everything();

    ResultsView(OfferSearch search, CategoryService categories, MunicipalityService municipalities,
                InfoPages infoPages) {
        this.search = search;
        this.categories = categories;
        this.language = Language.of(getLocale());
        this.goodToKnow = new GoodToKnow(infoPages, language);
        this.filters = new FilterPanel(categories, municipalities, language, ROUTE);
        addClassName("results-view");
        results.setId("results");
        results.getElement().setAttribute("data-region", true);
        add(title, searchRow, filters, goodToKnow, results);
    }

    /** The URL of a list, for links from elsewhere. */
    static String link(BuildingBlock block, Optional<Long> municipality, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (block != null) {
            params.put(FilterPanel.P_BLOCK, block.slug());
        }
        municipality.ifPresent(id -> params.put(FilterPanel.P_PLACE, id.toString()));
        if (text != null && !text.isBlank()) {
            params.put(FilterPanel.P_TEXT, text.strip());
        }
        String query = FilterParams.query(params);
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        filter = filters.parse(params);
        if (params.containsKey(FilterPanel.P_PLACE)) {
            // Choosing a place here also answers "where do you live?" for the next visit.
            PlacePreference.remember(filter.municipalityId().orElse(null));
        }
        int shown = first(params, P_SHOWN).flatMap(ResultsView::number)
                .map(n -> Math.clamp(n, STEP, MAX_SHOWN)).orElse(STEP);
        boolean told = first(params, P_TOLD).filter("1"::equals).isPresent();

        title.setText(filter.text().isPresent() ? getTranslation("results.title.search")
                : filter.block().map(b -> getTranslation(Labels.blockTitle(b)))
                .orElseGet(() -> getTranslation("results.title.all")));
        showSearch();
        Map<String, String> carried = new LinkedHashMap<>();
        filter.block().ifPresent(b -> carried.put(FilterPanel.P_BLOCK, b.slug()));
        filter.text().ifPresent(t -> carried.put(FilterPanel.P_TEXT, t));
        filters.show(filter, carried, FilterPanel.DateField.COURSE_START);
        goodToKnow.show(filter.block().orElse(null));
        showResults(shown, told);
    }

    private void showSearch() {
        searchRow.removeAll();
        HtmlComponent text = Forms.input("search", "q", FilterPanel.P_TEXT, filter.text().orElse(""));
        text.addClassName("search-input");
        text.getElement().setAttribute("maxlength", String.valueOf(OfferFilter.TEXT_MAX));
        text.getElement().setAttribute("placeholder", getTranslation("home.search.placeholder"));
        text.getElement().setAttribute("enterkeyhint", "search");
        text.getElement().setAttribute("autocomplete", "off");
        Div controls = new Div(text, Forms.submit(getTranslation("home.search.button"), "search-button"));
        controls.addClassName("search-controls");
        Map<String, String> keep = filters.params(filter.withText(""));
        HtmlContainer form = Forms.get(ROUTE, Forms.label("q", getTranslation("results.search.label")), controls);
        Forms.hidden(keep).forEach(form::add);
        form.addClassName("search-row");
        form.getElement().setAttribute("role", "search");
        searchRow.add(form);
    }

    private void showResults(int shown, boolean told) {
        results.removeAll();
        FoundOffers first = search.find(filter, language.code(), 0, Math.min(PublicOffers.MAX_PAGE, shown));
        int total = first.total();
        Paragraph count = new Paragraph(first.exact() ? getTranslation("results.count", total)
                : getTranslation("results.count-more", total));
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");
        results.add(count);
        first.suggestion().ifPresent(this::suggest);
        if (total == 0) {
            results.add(empty(told));
            return;
        }
        if (first.partial()) {
            Paragraph partial = new Paragraph(getTranslation("results.partial"));
            partial.addClassName("partial-note");
            results.add(partial);
        }
        String here = url(filter);
        Div list = new Div();
        list.addClassName("result-list");
        int offset = 0;
        FoundOffers page = first;
        while (offset < Math.min(shown, total)) {
            if (offset > 0) {
                page = search.find(filter, language.code(), offset, Math.min(PublicOffers.MAX_PAGE, shown - offset));
            }
            if (page.hits().isEmpty()) {
                break;
            }
            for (FoundOffers.Hit hit : page.hits()) {
                list.add(card(hit, here, ++offset));
            }
        }
        results.add(list);
        if (offset < total && offset < MAX_SHOWN) {
            Map<String, String> more = new LinkedHashMap<>(filters.params(filter));
            more.put(P_SHOWN, String.valueOf(offset + STEP));
            Anchor next = new Anchor(ROUTE + "?" + FilterParams.query(more) + "#card-" + (offset + 1),
                    getTranslation("results.more"));
            next.addClassNames("widen-button", "more-link");
            next.getElement().setAttribute("data-more", true);
            results.add(next);
        }
    }

    /** "Did you mean …?": the near spelling that finds something, as a link to its list. */
    private void suggest(String text) {
        Paragraph suggestion = new Paragraph(getTranslation("results.suggestion") + " ");
        suggestion.addClassName("suggestion");
        Anchor corrected = new Anchor(url(filter.withText(text)), text);
        corrected.getElement().setAttribute("dir", "auto");
        suggestion.add(corrected);
        results.add(suggestion);
    }

    private Anchor card(FoundOffers.Hit hit, String backTo, int position) {
        OfferCard card = hit.card();
        Span cardTitle = new Span();
        cardTitle.addClassName("offer-card-title");
        Bidi.writtenIn(cardTitle, card.textLanguage());
        write(cardTitle, hit.title(), card.textLanguage());
        Span summary = new Span();
        summary.addClassName("offer-card-summary");
        Bidi.writtenIn(summary, card.textLanguage());
        write(summary, hit.summary(), card.textLanguage());
        Anchor link = new Anchor(OfferView.link(card.id()) + "?" + OfferView.P_BACK + "="
                + URLEncoder.encode(backTo, StandardCharsets.UTF_8), cardTitle, summary);
        hit.elsewhere().ifPresent(passage -> {
            // The words were found in another language's text of the offer: show where.
            Span found = new Span(getTranslation("results.found-in",
                    LocalFormats.languageName(passage.language(), language)) + " ");
            found.addClassName("offer-card-found");
            Span text = new Span();
            Bidi.writtenIn(text, passage.language());
            write(text, passage.text(), passage.language());
            found.add(text);
            link.add(found);
        });
        link.add(meta(card));
        link.addClassName("offer-card");
        link.setId("card-" + position);
        if (!card.textLanguage().equals(language.code())) {
            Span badge = new Span(Language.SOURCE.code().equals(card.textLanguage()) ? getTranslation("results.in-german")
                    : getTranslation("results.in-language", LocalFormats.languageName(card.textLanguage(), language)));
            badge.addClassName("badge");
            link.add(badge);
        }
        return link;
    }

    /** A text with the words the search matched in {@code <mark>}. */
    private static void write(Span target, Marked text, String textLanguage) {
        target.getElement().removeAllChildren();
        boolean rightToLeft = Bidi.rightToLeft(textLanguage);
        for (Marked.Piece piece : text.pieces()) {
            if (piece.matched()) {
                com.vaadin.flow.dom.Element mark = new com.vaadin.flow.dom.Element("mark");
                Bidi.append(mark, piece.text(), rightToLeft);
                target.getElement().appendChild(mark);
            } else {
                Bidi.append(target.getElement(), piece.text(), rightToLeft);
            }
        }
    }

    /** Where and what, each part isolated: a German town beside an Arabic category name. */
    private Span meta(OfferCard card) {
        String where = card.online() ? getTranslation("results.online") : card.municipalityName().orElse("");
        String what = categories.byId(card.categoryId()).map(c -> c.name(language)).orElse("");
        Span meta = new Span();
        meta.addClassName("offer-card-meta");
        if (!where.isEmpty()) {
            meta.add(Forms.isolated(where));
        }
        if (!where.isEmpty() && !what.isEmpty()) {
            meta.getElement().appendChild(com.vaadin.flow.dom.Element.createText(" · "));
        }
        if (!what.isEmpty()) {
            meta.add(Forms.isolated(what));
        }
        return meta;
    }

    private Div empty(boolean told) {
        Div empty = new Div();
        empty.addClassName("empty-result");
        Paragraph emptyTitle = new Paragraph(getTranslation("results.empty.title"));
        emptyTitle.addClassName("empty-title");
        empty.add(emptyTitle, new Paragraph(getTranslation("results.empty.hint")));
        if (filter.municipalityId().isPresent()) {
            // The whole county: the place is dropped, and forgotten as "where do you live?".
            Map<String, String> wider = new LinkedHashMap<>(filters.params(filter.withMunicipality(null)));
            wider.put(FilterPanel.P_PLACE, "");
            empty.add(button(ROUTE + "?" + FilterParams.query(wider), "results.empty.all-places"));
        }
        empty.add(button(url(OfferFilter.everything().withBlock(filter.block().orElse(null))), "results.empty.widen"));
        if (told) {
            Paragraph thanks = new Paragraph(getTranslation("found-nothing.thanks"));
            thanks.addClassName("found-nothing-thanks");
            thanks.getElement().setAttribute("role", "status");
            empty.add(thanks);
        } else {
            HtmlContainer form = Forms.post(FoundNothingEndpoint.PATH);
            Forms.hidden(filters.params(filter)).forEach(form::add);
            form.add(Forms.submit(getTranslation("found-nothing.button"), "found-nothing-button"));
            empty.add(form);
        }
        return empty;
    }

    private Component button(String href, String key) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.addClassName("widen-button");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        String description = filter.block().filter(b -> !filter.narrowsBeyondBlock())
                .map(b -> getTranslation(Labels.blockHint(b)) + " – " + getTranslation("results.meta.block"))
                .orElseGet(() -> getTranslation("meta.description"));
        PageMeta meta = PageMeta.of(description, url(filter));
        // A building block's list is a page of its own; a filtered list or a search is not indexed.
        return filter.narrowsBeyondBlock() ? meta.notIndexed() : meta;
    }

    private String url(OfferFilter f) {
        String query = FilterParams.query(filters.params(f));
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
