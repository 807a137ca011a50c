package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.Translators;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code staff/translators}: the volunteer translators, their languages, and per language whether
 * staff trust them to approve other people's translations in it. Each change is in the audit log.
 */
@Route(value = TranslatorsView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class TranslatorsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/translators";

    private final Translators translators;
    private final Language ui;
    private final Div list = new Div();

    TranslatorsView(Translators translators) {
        this.translators = translators;
        this.ui = Language.of(getLocale());
        addClassNames("page", "translators-page");
        add(new H1(getTranslation("translator.staff.title")), new Paragraph(getTranslation("translator.staff.intro")), list);
        show();
    }

    private void show() {
        list.removeAll();
        List<Translators.Translator> all = translators.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("translator.staff.empty")));
            return;
        }
        for (Translators.Translator translator : all) {
            Section box = new Section();
            box.addClassName("translator");
            Span contact = new Span(translator.email());
            contact.addClassName("translation-facts");
            box.add(new H2(translator.name()), contact);
            if (!translator.verified()) {
                Span unverified = new Span(getTranslation("translator.staff.unverified"));
                unverified.addClassName("state");
                box.add(unverified);
            }
            Div languages = new Div();
            languages.addClassName("translator-trust");
            translator.languages().forEach((language, trusted) -> {
                Checkbox trust = new Checkbox(getTranslation("translator.staff.trust",
                        LocalFormats.languageName(language.code(), ui)), trusted);
                trust.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        translators.trust(translator.accountId(), language.code(), e.getValue());
                        show();
                    }
                });
                languages.add(trust);
            });
            box.add(languages);
            list.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translator.staff.title");
    }
}
