package de.willkommenvorort.category.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.Category;
import de.willkommenvorort.category.CategoryInput;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Adding or changing one category: building block, order and a name per language. German is
 * required; a language without a name shows a "missing" badge (newcomers see the German name
 * there). The code is typed or made from the German name when adding, and stays afterwards.
 */
class CategoryForm extends Section {

    private final H2 title = new H2();
    private final TextField code = new TextField();
    private final Select<BuildingBlock> block = new Select<>();
    private final TextField order = new TextField();
    private final Map<Language, TextField> names = new TreeMap<>();
    private final Map<Language, Span> missing = new TreeMap<>();
    private final Map<Language, Div> rows = new TreeMap<>();
    private final Predicate<Language> served;
    private final FormErrors errors = new FormErrors();
    private Optional<CategoryRef> editing = Optional.empty();

    CategoryForm(TranslationProvider translations, Language ui, Predicate<Language> served, Consumer<CategoryForm> save,
            Runnable cancel) {
        this.served = served;
        addClassNames("editor-section", "catalogue-form");
        code.setLabel(getTranslation("catalogue.category.code"));
        code.setHelperText(getTranslation("catalogue.category.code.hint"));
        code.setMaxLength(Category.CODE_MAX);
        block.setLabel(getTranslation("catalogue.category.block"));
        block.setItems(BuildingBlock.values());
        block.setItemLabelGenerator(b -> getTranslation("block." + b.slug() + ".title"));
        order.setLabel(getTranslation("catalogue.category.order"));
        order.setHelperText(getTranslation("catalogue.category.order.hint"));
        order.setMaxLength(4);
        errors.field("code", code).field("block", block).field("order", order);
        Div nameFields = new Div();
        nameFields.addClassName("catalogue-names");
        for (Language language : Language.values()) {
            TextField name = new TextField(translations.languageLabel(language, ui));
            name.setMaxLength(Category.NAME_MAX);
            name.setRequiredIndicatorVisible(language == Language.SOURCE);
            name.getElement().setAttribute("lang", language.code());
            name.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            Span badge = new Span(getTranslation("catalogue.category.name.missing"));
            badge.addClassName("badge");
            name.addValueChangeListener(e -> badge.setVisible(e.getValue().isBlank()));
            names.put(language, name);
            missing.put(language, badge);
            errors.field("name." + language.code(), name);
            Div row = new Div(name, badge);
            row.addClassName("catalogue-name");
            rows.put(language, row);
            nameFields.add(row);
        }
        Button saveButton = new Button(getTranslation("catalogue.save"), e -> save.accept(this));
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancelButton = new Button(getTranslation("catalogue.cancel"), e -> cancel.run());
        Div buttons = new Div(saveButton, cancelButton);
        buttons.addClassName("catalogue-actions");
        Div place = new Div(code, block, order);
        place.addClassName("catalogue-fields");
        add(title, place, new H3(getTranslation("catalogue.category.names")), nameFields, buttons);
    }

    /** Shows the form empty (adding) or with a category's values (changing). */
    void open(Optional<CategoryRef> category) {
        editing = category;
        errors.clear();
        title.setText(getTranslation(category.isPresent() ? "catalogue.category.form.edit" : "catalogue.category.form.add"));
        code.setValue(category.map(CategoryRef::code).orElse(""));
        code.setReadOnly(category.isPresent());
        block.setValue(category.map(CategoryRef::buildingBlock).orElse(null));
        order.setValue(category.map(c -> String.valueOf(c.sortOrder())).orElse(""));
        names.forEach((language, field) -> {
            field.setValue(category.map(c -> c.names().getOrDefault(language, "")).orElse(""));
            missing.get(language).setVisible(field.getValue().isBlank());
            // The languages the county serves, and any other the category has a name in.
            rows.get(language).setVisible(served.test(language) || !field.getValue().isBlank());
        });
        setVisible(true);
        names.get(Language.SOURCE).focus();
    }

    Optional<CategoryRef> editing() {
        return editing;
    }

    /** What was typed, as typed. */
    CategoryInput input() {
        Map<Language, String> typed = new TreeMap<>();
        names.forEach((language, field) -> typed.put(language, field.getValue()));
        return new CategoryInput(code.getValue(), block.getValue(), order.getValue(), typed);
    }

    /** Marks the refused fields; the typed values stay. */
    void show(Map<String, String> problems) {
        errors.show(problems, this);
    }
}
