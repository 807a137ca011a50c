package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.LanguageView;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.municipality.MunicipalityRef;
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

    private static final MunicipalityRef WHOLE_COUNTY = new MunicipalityRef(0, "", "");

    private final TextField search = new TextField();
    private final Select<MunicipalityRef> place = new Select<>();
    private final Map<BuildingBlock, Anchor> tiles = new EnumMap<>(BuildingBlock.class);

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

        List<MunicipalityRef> choices = new ArrayList<>();
        choices.add(WHOLE_COUNTY);
        choices.addAll(municipalities.all());
        place.setLabel(getTranslation("home.place.label"));
        place.setItems(choices);
        place.setItemLabelGenerator(m -> m == WHOLE_COUNTY ? getTranslation("home.place.all") : m.name());
        place.setValue(PlacePreference.chosen()
                .flatMap(id -> choices.stream().filter(m -> m.id() == id).findFirst())
                .orElse(WHOLE_COUNTY));
        place.addClassName("place-select");
        place.addValueChangeListener(e -> {
            PlacePreference.remember(selectedPlace().orElse(null));
            updateTileLinks();
        });

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
        updateTileLinks();
        add(title, intro, searchRow, place, blocksTitle, grid);
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
        MunicipalityRef value = place.getValue();
        return value == null || value == WHOLE_COUNTY ? Optional.empty() : Optional.of(value.id());
    }

    private void updateTileLinks() {
        tiles.forEach((block, tile) -> tile.setHref(ResultsView.link(block, selectedPlace(), "")));
    }

    private void openSearch() {
        getUI().ifPresent(ui -> ui.navigate(ResultsView.class, ResultsView.query(null, selectedPlace(), search.getValue())));
    }
}
