package de.willkommenvorort.county.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.county.LanguageAdmin;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /staff/languages}: which languages the county serves, German always. It lives next to
 * the language picker it changes; the languages feature cannot hold views of the staff frame.
 */
@Route(value = ServedLanguagesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class ServedLanguagesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/languages";

    private final Map<Language, Checkbox> choices = new TreeMap<>();

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
            if (language == Language.SOURCE) {
                box.setEnabled(false);
                box.setHelperText(getTranslation("catalogue.languages.always"));
            }
            choices.put(language, box);
            boxes.add(box);
        }
        Button save = new Button(getTranslation("catalogue.save"), e -> {
            Set<Language> chosen = new TreeSet<>();
            choices.forEach((language, box) -> {
                if (box.getValue()) {
                    chosen.add(language);
                }
            });
            admin.serve(chosen);
            notice.removeAll();
            notice.add(new Paragraph(getTranslation("catalogue.languages.saved")));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("catalogue.languages.title")), new Paragraph(getTranslation("catalogue.languages.hint")),
                notice, boxes, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.languages.title");
    }
}
