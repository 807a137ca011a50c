package de.willkommenvorort.find.ui;

import de.willkommenvorort.offer.ui.Labels;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.base.ui.Forms;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.LanguageView;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.find.HomeTile;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.OfferFilter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Home: a search field, "where do you live?" (kept on the device) and the four building blocks as
 * large tiles. A first visit without a chosen language shows the language picker instead.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMeta {

    private final Map<BuildingBlock, Anchor> tiles = new EnumMap<>(BuildingBlock.class);
    private final Anchor eventsTile;
    private final HtmlContainer search;
    private final HtmlComponent searchPlace = Forms.hidden(FilterPanel.P_PLACE, "");
    private final HtmlContainer placeSelect;
    private final List<Forms.Option> places = new ArrayList<>();

    private final PublicAddress address;

    HomeView(MunicipalityService municipalities, PublicAddress address, ObjectProvider<HomeTile> moreTiles) {
        this.address = address;
        addClassName("home-view");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));

        HtmlComponent text = Forms.input("search", "q", FilterPanel.P_TEXT, "");
        text.addClassName("search-input");
        text.getElement().setAttribute("maxlength", String.valueOf(OfferFilter.TEXT_MAX));
        text.getElement().setAttribute("placeholder", getTranslation("home.search.placeholder"));
        text.getElement().setAttribute("enterkeyhint", "search");
        text.getElement().setAttribute("autocomplete", "off");
        Div controls = new Div(text, Forms.submit(getTranslation("home.search.button"), "search-button"));
        controls.addClassName("search-controls");
        search = Forms.get(ResultsView.ROUTE, Forms.label("q", getTranslation("home.search.label")), controls,
                searchPlace);
        search.addClassName("search-row");
        search.getElement().setAttribute("role", "search");
        // Regions page.js replaces when "where do you live?" changes: the links that carry the place.
        region(search, "home-search");

        places.add(new Forms.Option("", getTranslation("home.place.all")));
        municipalities.all().forEach(m -> places.add(new Forms.Option(String.valueOf(m.id()), m.name())));
        placeSelect = Forms.select("place", FilterPanel.P_PLACE, places, "");
        HtmlContainer placeForm = Forms.get("", Forms.label("place", getTranslation("home.place.label")), placeSelect,
                Forms.submit(getTranslation("form.apply"), "apply-button"));
        placeForm.addClassName("place-field");
        placeForm.getElement().setAttribute(Forms.APPLY_ON_CHANGE, true);

        H2 blocksTitle = new H2(getTranslation("home.blocks.title"));
        Div grid = new Div();
        grid.addClassName("block-tiles");
        for (BuildingBlock block : BuildingBlock.values()) {
            Image icon = tileIcon("icons/block-" + block.slug() + ".svg");
            Span name = tileText(Labels.blockTitle(block), "tile-title");
            Span hint = tileText(Labels.blockHint(block), "tile-hint");
            Anchor tile = MainLayout.routerLink("", icon, name, hint);
            tile.addClassNames("block-tile", "block-" + block.slug());
            tiles.put(block, tile);
            grid.add(tile);
        }

        // Events by date: what is on next, today, this week, a month, across all four building blocks.
        eventsTile = MainLayout.routerLink(EventsView.ROUTE, tileIcon("icons/calendar.svg"),
                tileText("events.home.link", "tile-title"), tileText("events.home.hint", "tile-hint"));
        eventsTile.addClassName("events-tile");
        region(grid, "block-tiles");
        region(eventsTile, "events-tile");
        Anchor infoTile = MainLayout.routerLink(InfoPages.ROUTE, tileIcon("icons/info.svg"),
                tileText("info.home.link", "tile-title"), tileText("info.home.hint", "tile-hint"));
        infoTile.addClassName("info-tile");
        Anchor savedTile = MainLayout.routerLink(SavedView.ROUTE, tileIcon("icons/saved.svg"),
                tileText("saved.home.link", "tile-title"), tileText("saved.home.hint", "tile-hint"));
        savedTile.addClassName("saved-tile");
        // Volunteers and organisations find their way in from the start page; newcomers never need it,
        // so the other pages (and a prepaid phone's data) are spared the link.
        Paragraph providers = new Paragraph(MainLayout.routerLink("login", new Span(getTranslation("login.provider-link"))));
        providers.addClassName("provider-entry");
        add(title, intro, search, placeForm, blocksTitle, grid, eventsTile, infoTile);
        // Pages of other features (the course check, the skills profile), each a tile like the info pages'.
        moreTiles.orderedStream().forEach(more -> {
            Anchor tile = MainLayout.routerLink(more.route(), tileIcon(more.icon()),
                    tileText(more.titleKey(), "tile-title"), tileText(more.hintKey(), "tile-hint"));
            tile.addClassNames("more-tile", more.className());
            add(tile);
        });
        add(savedTile, providers);
    }

    private static void region(com.vaadin.flow.component.Component component, String id) {
        component.setId(id);
        component.getElement().setAttribute("data-region", true);
    }

    private static Image tileIcon(String src) {
        Image icon = new Image(src, "");
        icon.addClassName("tile-icon");
        return icon;
    }

    private Span tileText(String key, String className) {
        Span text = new Span(getTranslation(key));
        text.addClassName(className);
        return text;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A device that never chose a language starts at the picker; the cookie is set on choosing.
        if (LanguagePreference.chosen(VaadinRequest.getCurrent()).isEmpty()) {
            event.forwardTo(LanguageView.class);
            return;
        }
        // "Where do you live?" sent without a script (or by page.js on change): remember it here.
        List<String> sent = event.getLocation().getQueryParameters().getParameters().get(FilterPanel.P_PLACE);
        Optional<Long> place;
        if (sent != null) {
            place = sent.stream().findFirst().flatMap(PlacePreference::parse)
                    .filter(id -> places.stream().anyMatch(o -> o.value().equals(id.toString())));
            PlacePreference.remember(place.orElse(null));
        } else {
            place = PlacePreference.chosen().filter(id -> places.stream().anyMatch(o -> o.value().equals(id.toString())));
        }
        String chosen = place.map(String::valueOf).orElse("");
        placeSelect.getElement().getChildren().forEach(option -> {
            if (option.getAttribute("value").equals(chosen)) {
                option.setAttribute("selected", true);
            } else {
                option.removeAttribute("selected");
            }
        });
        place.ifPresentOrElse(id -> searchPlace.getElement().setAttribute("value", id.toString()),
                () -> searchPlace.setVisible(false));
        tiles.forEach((block, tile) -> tile.setHref(ResultsView.link(block, place, "")));
        eventsTile.setHref(EventsView.link(place));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        // The site, with its search, as search engines describe a site.
        Map<String, Object> search = new java.util.LinkedHashMap<>();
        search.put("@type", "SearchAction");
        search.put("target", address.of(ResultsView.ROUTE + "?" + FilterPanel.P_TEXT + "={query}"));
        search.put("query-input", "required name=query");
        Map<String, Object> site = new java.util.LinkedHashMap<>();
        site.put("@context", "https://schema.org");
        site.put("@type", "WebSite");
        site.put("name", getTranslation("app.name"));
        site.put("url", address.of(""));
        site.put("inLanguage", getLocale().getLanguage());
        site.put("potentialAction", search);
        return PageMeta.of(getTranslation("meta.description"), "").withStructuredData(List.of(site));
    }
}
