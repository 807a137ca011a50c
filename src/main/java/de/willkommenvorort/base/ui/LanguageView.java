package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first screen of a first visit, and the language switch later: every language the county
 * serves in its own script and name. Each choice is a plain link to the page the newcomer came
 * from in that language ({@code ?lang=…}), which is then remembered on the device.
 */
@Route(value = LanguageView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
public class LanguageView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMeta {

    public static final String ROUTE = "language";
    public static final String BACK = "back";

    /** Only paths inside the app may be returned to (no scheme, no host, no protocol-relative URL). */
    private static final Pattern SAFE_BACK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.%=&?+-]*");
    private static final Pattern LANGUAGE_PARAMETER = Pattern.compile(
            "(^|&)" + LanguagePreference.LINK_PARAMETER + "=[^&]*");

    private final List<Anchor> choices = new ArrayList<>();
    private final List<Language> languages;
    private String canonical = ROUTE;

    LanguageView(ServedLanguages served) {
        addClassName("language-view");
        H1 title = new H1(getTranslation("language.title"));
        Paragraph hint = new Paragraph(getTranslation("language.hint"));
        Div list = new Div();
        list.addClassName("language-choices");
        languages = served.all();
        for (Language language : languages) {
            Anchor choice = new Anchor(link("", language), language.ownName());
            choice.addClassName("language-choice");
            choice.getElement().setAttribute("lang", language.code());
            choice.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            choice.getElement().setAttribute("hreflang", language.hreflang());
            // A full load renders every screen, and the document's direction, in the new language.
            choice.getElement().setAttribute("router-ignore", true);
            if (language == Language.of(getLocale())) {
                choice.getElement().setAttribute("aria-current", "true");
            }
            choices.add(choice);
            list.add(choice);
        }
        add(title, hint, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(BACK, List.of());
        String back = values.stream().filter(v -> SAFE_BACK.matcher(v).matches() && !v.contains("//")).findFirst()
                .orElse("");
        for (int i = 0; i < choices.size(); i++) {
            choices.get(i).setHref(link(back, languages.get(i)));
        }
        // The start page shows this picker on a first visit: its address stays the start page's.
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request == null || request.getPathInfo() == null ? ROUTE : request.getPathInfo();
        canonical = path.replaceFirst("^/", "").isEmpty() ? "" : ROUTE;
    }

    /** The page to return to, in the given language. */
    static String link(String back, Language language) {
        String path = back;
        String query = "";
        int q = back.indexOf('?');
        if (q >= 0) {
            path = back.substring(0, q);
            query = LANGUAGE_PARAMETER.matcher(back.substring(q + 1)).replaceAll("").replaceFirst("^&", "");
        }
        String choice = LanguagePreference.LINK_PARAMETER + "=" + language.code();
        return (path.isEmpty() ? "./" : path) + "?" + (query.isEmpty() ? choice : query + "&" + choice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("language.page-title");
    }

    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation("meta.description"), canonical);
    }
}
