package de.willkommenvorort.info.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.info.InfoPageState;
import de.willkommenvorort.info.TranslationStatus;
import java.util.Locale;

/**
 * Badges for states and translation statuses. Each says its meaning in words; the colour only
 * repeats it, so nobody depends on telling colours apart.
 */
final class InfoLabels {

    private InfoLabels() {
    }

    static Span state(Component translator, InfoPageState state) {
        Span badge = new Span(translator.getTranslation("info.state." + name(state)));
        badge.addClassNames("state", "state-" + name(state));
        return badge;
    }

    static Span live(Component translator, boolean live) {
        Span badge = new Span(translator.getTranslation(live ? "info.staff.live" : "info.staff.offline"));
        badge.addClassNames("state", live ? "state-published" : "state-archived");
        return badge;
    }

    static Span status(Component translator, TranslationStatus status) {
        Span badge = new Span(translator.getTranslation("info.status." + name(status)));
        badge.addClassNames("text-status", "info-status-" + name(status));
        return badge;
    }

    static String block(Component translator, BuildingBlock block) {
        return block == null ? translator.getTranslation("info.block.none")
                : translator.getTranslation("block." + block.slug() + ".title");
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
