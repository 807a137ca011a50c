package de.willkommenvorort.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * The second queue: offers and changes that went public without review, because staff trust their
 * provider or their calendar. Staff read each afterwards (longest unchecked first) and either mark
 * it checked or take it off the public pages, in the same item view as the review queue.
 */
@Route(value = ReviewSections.UNCHECKED, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class UncheckedView extends Div implements HasDynamicTitle {

    UncheckedView(ReviewQueue queue, CategoryService categories, MunicipalityService municipalities) {
        Language language = Language.of(getLocale());
        addClassNames("page", "review-queue", "unchecked-queue");
        Div list = new Div();
        list.addClassName("review-list");
        add(new H1(getTranslation("review.unchecked.title")), new Paragraph(getTranslation("review.unchecked.hint")),
                list);
        List<ReviewQueue.Item> items = queue.unchecked(ReviewQueue.Filter.none(), language.code());
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.unchecked.empty")));
        }
        Instant now = Instant.now();
        for (ReviewQueue.Item item : items) {
            list.add(ReviewQueueView.row(this, item, now, categories, municipalities, language,
                    "review.unchecked.since.today", "review.unchecked.since.days"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.unchecked.title");
    }
}
