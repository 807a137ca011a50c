package de.willkommenvorort.county.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.county.LanguageAdmin;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code /staff/languages}: which languages the county serves, German always, and for each a
 * second choice shown where a text is missing in it (before German). It lives next to
 * the language picker it changes; the languages feature cannot hold views of the staff frame.
 */
@Route(value = ServedLanguagesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class ServedLanguagesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/languages";

    private final Map<Language, Checkbox> choices = new TreeMap<>();
    private final Map<Language, Select<Optional<Language>>> seconds = new TreeMap<>();

    ServedLanguagesView(LanguageAdmin admin, ServedLanguages served, TranslationProvider translations) {
        addClassNames("page", "catalogue-page");
        Language ui = Language.of(getLocale());
        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        Div boxes = new Div();
        boxes.addClassName("catalogue-languages");
        for (Language language : Language.values()) {
            Checkbox box = new Checkbox(translations.languageLabel(language, ui), served.serves(language));
            Div row = new Div(box);
            row.addClassName("catalogue-language");
            if (language == Language.SOURCE) {
                box.setEnabled(false);
                box.setHelperText(getTranslation("catalogue.languages.always"));
            } else {
                Select<Optional<Language>> second = new Select<>();
                second.setLabel(getTranslation("catalogue.languages.second"));
                List<Optional<Language>> items = new ArrayList<>();
                items.add(Optional.empty());
                Language.all().stream().filter(l -> l != language && l != Language.SOURCE).map(Optional::of)
                        .forEach(items::add);
                second.setItems(items);
                second.setItemLabelGenerator(choice -> choice.map(l -> LocalFormats.languageName(l.code(), ui))
                        .orElseGet(() -> getTranslation("catalogue.languages.second.none")));
                second.setValue(Optional.ofNullable(served.secondChoices().get(language)));
                second.setEnabled(box.getValue());
                box.addValueChangeListener(e -> second.setEnabled(e.getValue()));
                seconds.put(language, second);
                row.add(second);
            }
            choices.put(language, box);
            boxes.add(row);
        }
        Button save = new Button(getTranslation("catalogue.save"), e -> {
            Set<Language> chosen = new TreeSet<>();
            Map<Language, Language> second = new TreeMap<>();
            choices.forEach((language, box) -> {
                if (box.getValue()) {
                    chosen.add(language);
                    Select<Optional<Language>> select = seconds.get(language);
                    if (select != null && select.getValue() != null) {
                        select.getValue().ifPresent(choice -> second.put(language, choice));
                    }
                }
            });
            admin.serve(chosen, second);
            seconds.forEach((language, select) -> select.setValue(Optional.ofNullable(served.secondChoices().get(language))));
            notice.removeAll();
            notice.add(new Paragraph(getTranslation("catalogue.languages.saved")));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("catalogue.languages.title")), new Paragraph(getTranslation("catalogue.languages.hint")),
                new Paragraph(getTranslation("catalogue.languages.second.hint")), notice, boxes, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.languages.title");
    }
}
