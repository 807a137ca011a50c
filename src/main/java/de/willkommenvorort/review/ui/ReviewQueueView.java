package de.willkommenvorort.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.ui.Labels;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The review queue: submitted offers, events and revisions, oldest first, each with how long it
 * has waited. Cards on a phone; on a desk the same rows line up as a table (CSS only).
 */
@Route(value = ReviewSections.REVIEW, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class ReviewQueueView extends Div implements HasDynamicTitle {

    private final ReviewQueue queue;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final Language language;
    private final Select<Optional<BuildingBlock>> block = new Select<>();
    private final Select<Optional<MunicipalityRef>> municipality = new Select<>();
    private final Select<Optional<Language>> textLanguage = new Select<>();
    private final Div list = new Div();

    ReviewQueueView(ReviewQueue queue, CategoryService categories, MunicipalityService municipalities,
            ServedLanguages served) {
        this.queue = queue;
        this.categories = categories;
        this.municipalities = municipalities;
        this.language = Language.of(getLocale());
        addClassNames("page", "review-queue");
        add(new H1(getTranslation("review.queue.title")));

        block.setLabel(getTranslation("review.queue.filter.block"));
        block.setItems(withAll(Arrays.stream(BuildingBlock.values()).map(Optional::of).toList()));
        block.setItemLabelGenerator(b -> b.map(v -> getTranslation(Labels.blockTitle(v)))
                .orElseGet(() -> getTranslation("review.queue.filter.all")));
        municipality.setLabel(getTranslation("review.queue.filter.municipality"));
        municipality.setItems(withAll(municipalities.all().stream().map(Optional::of).toList()));
        municipality.setItemLabelGenerator(m -> m.map(MunicipalityRef::name)
                .orElseGet(() -> getTranslation("review.queue.filter.all")));
        textLanguage.setLabel(getTranslation("review.queue.filter.language"));
        textLanguage.setItems(withAll(served.all().stream().map(Optional::of).toList()));
        textLanguage.setItemLabelGenerator(l -> l.map(v -> LocalFormats.languageName(v.code(), language))
                .orElseGet(() -> getTranslation("review.queue.filter.all")));
        for (Select<?> filter : List.of(block, municipality, textLanguage)) {
            filter.setEmptySelectionAllowed(false);
        }
        block.setValue(Optional.empty());
        municipality.setValue(Optional.empty());
        textLanguage.setValue(Optional.empty());
        block.addValueChangeListener(e -> show());
        municipality.addValueChangeListener(e -> show());
        textLanguage.addValueChangeListener(e -> show());
        Div filters = new Div(block, municipality, textLanguage);
        filters.addClassName("review-filters");
        list.addClassName("review-list");
        add(filters, list);
        show();
    }

    private void show() {
        list.removeAll();
        ReviewQueue.Filter filter = new ReviewQueue.Filter(block.getValue(),
                municipality.getValue().map(MunicipalityRef::id), textLanguage.getValue().map(Language::code));
        List<ReviewQueue.Item> items = queue.waiting(filter, language.code());
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.queue.empty")));
            return;
        }
        Instant now = Instant.now();
        for (ReviewQueue.Item item : items) {
            list.add(row(item, now));
        }
    }

    private Div row(ReviewQueue.Item item, Instant now) {
        return row(this, item, now, categories, municipalities, language, "review.waiting.today", "review.waiting.days");
    }

    /**
     * One item as a card: its title linking to the item, what it is, who sent it, where, and how
     * long it has waited (in words from {@code todayKey} and {@code daysKey}); also for the queue
     * of offers to check afterwards.
     */
    static Div row(Component view, ReviewQueue.Item item, Instant now,
                   CategoryService categories, MunicipalityService municipalities, Language language,
                   String todayKey, String daysKey) {
        Span title = new Span(item.title());
        title.getElement().setAttribute("lang", item.titleLanguage());
        H2 heading = new H2(MainLayout.routerLink(ReviewSections.REVIEW + "/" + item.id(), title));
        heading.addClassName("review-title");
        Span kind = new Span(view.getTranslation(kindKey(item.kind())));
        kind.addClassNames("review-kind", "review-kind-" + item.kind().name().toLowerCase());
        if (item.revision()) {
            kind.addClassName("review-flag");
        }
        Span provider = new Span(item.providerName());
        provider.addClassName("review-provider");
        Span category = new Span(categories.byId(item.categoryId()).map(c -> c.name(language)).orElse(""));
        category.addClassName("review-category");
        Span place = new Span(item.municipalityId().flatMap(municipalities::byId).map(MunicipalityRef::name)
                .orElseGet(() -> view.getTranslation("editor.online")));
        place.addClassName("review-place");
        long days = Duration.between(item.submittedAt(), now).toDays();
        Span waiting = new Span(days < 1 ? view.getTranslation(todayKey) : view.getTranslation(daysKey, days));
        waiting.addClassName("review-waiting");
        Div row = new Div(heading, kind, provider, category, place, waiting);
        row.addClassName("review-item");
        return row;
    }

    static String kindKey(ReviewQueue.Kind kind) {
        return "review.kind." + kind.name().toLowerCase().replace('_', '-');
    }

    private static <T> List<Optional<T>> withAll(List<Optional<T>> values) {
        List<Optional<T>> all = new ArrayList<>();
        all.add(Optional.empty());
        all.addAll(values);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
