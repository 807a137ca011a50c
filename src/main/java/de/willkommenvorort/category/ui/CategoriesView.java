package de.willkommenvorort.category.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryAdmin;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /staff/categories}: the categories by building block, each with its name in the reader's
 * language, which translations are missing, and whether it is retired; adding, changing, retiring
 * and reactivating.
 */
@Route(value = CategoriesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class CategoriesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/categories";

    private final CategoryAdmin admin;
    private final CategoryService categories;
    private final ServedLanguages served;
    private final Language ui;
    private final Div notice = new Div();
    private final CategoryForm form;
    private final Div list = new Div();

    CategoriesView(CategoryAdmin admin, CategoryService categories, TranslationProvider translations,
            ServedLanguages served) {
        this.served = served;
        this.admin = admin;
        this.categories = categories;
        this.ui = Language.of(getLocale());
        addClassNames("page", "catalogue-page");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        form = new CategoryForm(translations, ui, served::serves, this::save, this::close);
        form.setVisible(false);
        Button add = new Button(getTranslation("catalogue.category.add"), e -> form.open(Optional.empty()));
        add.addClassName("catalogue-add");
        add(new H1(getTranslation("catalogue.categories.title")), new Paragraph(getTranslation("catalogue.categories.hint")),
                notice, add, form, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        List<CategoryRef> all = categories.everything();
        for (BuildingBlock block : BuildingBlock.values()) {
            list.add(new H2(getTranslation("block." + block.slug() + ".title")));
            Div rows = new Div();
            rows.addClassName("catalogue-list");
            all.stream().filter(c -> c.buildingBlock() == block).forEach(c -> rows.add(row(c)));
            list.add(rows);
        }
    }

    private Div row(CategoryRef category) {
        Span name = new Span(category.name(ui));
        name.addClassName("catalogue-name-text");
        Span code = new Span(category.sortOrder() + " · " + category.code());
        code.addClassName("catalogue-meta");
        Div text = new Div(name, code);
        text.addClassName("catalogue-text");
        String lacking = served.all().stream().filter(category::lacksName)
                .map(l -> LocalFormats.languageName(l.code(), ui)).collect(Collectors.joining(", "));
        if (!lacking.isEmpty()) {
            Span badge = new Span(getTranslation("catalogue.category.missing", lacking));
            badge.addClassName("badge");
            text.add(badge);
        }
        if (!category.active()) {
            Span retired = new Span(getTranslation("catalogue.category.retired"));
            retired.addClassNames("badge", "catalogue-retired");
            text.add(retired);
        }
        Button edit = new Button(getTranslation("catalogue.edit"), e -> form.open(Optional.of(category)));
        Button toggle = new Button(getTranslation(category.active() ? "catalogue.category.retire"
                : "catalogue.category.reactivate"), e -> {
            CategoryRef changed = admin.setActive(category.id(), !category.active());
            say(changed.active() ? "catalogue.category.reactivated" : "catalogue.category.retired.done",
                    changed.name(ui));
            showList();
        });
        Div buttons = new Div(edit, toggle);
        buttons.addClassName("catalogue-actions");
        Div row = new Div(text, buttons);
        row.addClassName("catalogue-row");
        if (!category.active()) {
            row.addClassName("retired");
        }
        return row;
    }

    private void save(CategoryForm typed) {
        try {
            CategoryRef saved = typed.editing().isPresent()
                    ? admin.update(typed.editing().get().id(), typed.input())
                    : admin.add(typed.input());
            close();
            say("catalogue.saved", saved.name(ui));
            showList();
        } catch (InvalidInput invalid) {
            typed.show(invalid.problems());
        }
    }

    private void close() {
        form.setVisible(false);
    }

    private void say(String key, String name) {
        notice.removeAll();
        notice.add(new Paragraph(getTranslation(key, name)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.categories.title");
    }
}
