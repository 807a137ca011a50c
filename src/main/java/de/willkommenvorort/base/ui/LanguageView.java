package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first screen of a first visit, and the language switch later: every language the county
 * serves in its own script and name. The choice is kept on the device; the page then reloads in that language and
 * direction.
 */
@Route(value = LanguageView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class LanguageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "language";
    public static final String BACK = "back";

    /** Only paths inside the app may be returned to (no scheme, no host, no protocol-relative URL). */
    private static final Pattern SAFE_BACK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.%=&?+-]*");

    private String back = "";

    LanguageView(TranslationProvider translations, ServedLanguages served) {
        addClassName("language-view");
        H1 title = new H1(getTranslation("language.title"));
        Paragraph hint = new Paragraph(getTranslation("language.hint"));
        Div choices = new Div();
        choices.addClassName("language-choices");
        for (Language language : served.all()) {
            NativeButton choice = new NativeButton(translations.translate("language.name", language));
            choice.addClassName("language-choice");
            choice.getElement().setAttribute("lang", language.code());
            choice.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            if (language == Language.of(getLocale())) {
                choice.getElement().setAttribute("aria-current", "true");
            }
            choice.addClickListener(click -> choose(language));
            choices.add(choice);
        }
        add(title, hint, choices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(BACK, List.of());
        back = values.stream().filter(v -> SAFE_BACK.matcher(v).matches() && !v.contains("//")).findFirst()
                .orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("language.page-title");
    }

    private void choose(Language language) {
        UI ui = UI.getCurrent();
        LanguagePreference.choose(ui, language);
        // A full load renders every screen, and the document direction, in the new language.
        ui.getPage().setLocation(back.isEmpty() ? "." : back);
    }
}
