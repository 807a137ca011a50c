package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.LanguageView;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.NativeChoice;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.OfferFilter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Home: a search field, "where do you live?" (kept on the device) and the four building blocks as
 * large tiles. A first visit without a chosen language starts at the language picker.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TextField search = new TextField();
    private final NativeChoice place;
    private final Map<BuildingBlock, Anchor> tiles = new EnumMap<>(BuildingBlock.class);
    private final Anchor eventsTile;

    HomeView(MunicipalityService municipalities) {
        addClassName("home-view");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));

        search.setLabel(getTranslation("home.search.label"));
        search.setPlaceholder(getTranslation("home.search.placeholder"));
        search.setMaxLength(OfferFilter.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.addClassName("search-field");
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyPressListener(Key.ENTER, e -> openSearch());
        Button go = new Button(getTranslation("home.search.button"), e -> openSearch());
        go.addClassName("search-button");
        Div searchRow = new Div(search, go);
        searchRow.addClassName("search-row");
        searchRow.getElement().setAttribute("role", "search");

        List<NativeChoice.Option> choices = new ArrayList<>();
        choices.add(new NativeChoice.Option("", getTranslation("home.place.all")));
        municipalities.all().forEach(m -> choices.add(new NativeChoice.Option(String.valueOf(m.id()), m.name())));
        String chosen = PlacePreference.chosen().map(String::valueOf)
                .filter(id -> choices.stream().anyMatch(o -> o.value().equals(id))).orElse("");
        place = new NativeChoice("place", choices, chosen);
        place.addClassName("native-select");
        place.onChange(value -> {
            PlacePreference.remember(PlacePreference.parse(value).orElse(null));
            updateTileLinks();
        });
        NativeLabel placeLabel = new NativeLabel(getTranslation("home.place.label"));
        placeLabel.setFor("place");
        placeLabel.addClassName("field-label");
        Div placeField = new Div(placeLabel, place);
        placeField.addClassName("place-field");

        H2 blocksTitle = new H2(getTranslation("home.blocks.title"));
        Div grid = new Div();
        grid.addClassName("block-tiles");
        for (BuildingBlock block : BuildingBlock.values()) {
            Image icon = new Image("icons/block-" + block.slug() + ".svg", "");
            icon.addClassName("tile-icon");
            Span name = new Span(getTranslation(Labels.blockTitle(block)));
            name.addClassName("tile-title");
            Span hint = new Span(getTranslation(Labels.blockHint(block)));
            hint.addClassName("tile-hint");
            Anchor tile = MainLayout.routerLink("", icon, name, hint);
            tile.addClassNames("block-tile", "block-" + block.slug());
            tiles.put(block, tile);
            grid.add(tile);
        }

        // Events by date: what is on today, this week, this month, across all four building blocks.
        Image calendar = new Image("icons/calendar.svg", "");
        calendar.addClassName("tile-icon");
        Span eventsName = new Span(getTranslation("events.home.link"));
        eventsName.addClassName("tile-title");
        Span eventsHint = new Span(getTranslation("events.home.hint"));
        eventsHint.addClassName("tile-hint");
        eventsTile = MainLayout.routerLink(EventsView.ROUTE, calendar, eventsName, eventsHint);
        eventsTile.addClassName("events-tile");
        updateTileLinks();
        Anchor infoTile = MainLayout.routerLink(InfoPages.ROUTE, tileIcon("icons/info.svg"),
                tileText("info.home.link", "tile-title"), tileText("info.home.hint", "tile-hint"));
        infoTile.addClassName("info-tile");
        // Volunteers and organisations find their way in from the start page; newcomers never need it,
        // so the other pages (and a prepaid phone's data) are spared the link.
        Paragraph providers = new Paragraph(MainLayout.routerLink("login", new Span(getTranslation("login.provider-link"))));
        providers.addClassName("provider-entry");
        add(title, intro, searchRow, placeField, blocksTitle, grid, eventsTile, infoTile, providers);
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
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }

    private Optional<Long> selectedPlace() {
        return PlacePreference.parse(place.getValue());
    }

    private void updateTileLinks() {
        tiles.forEach((block, tile) -> tile.setHref(ResultsView.link(block, selectedPlace(), "")));
        eventsTile.setHref(EventsView.link(selectedPlace()));
    }

    private void openSearch() {
        getUI().ifPresent(ui -> ui.navigate(ResultsView.class, ResultsView.query(null, selectedPlace(), search.getValue())));
    }
}
