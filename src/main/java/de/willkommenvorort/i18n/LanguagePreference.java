package de.willkommenvorort.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The newcomer's language is kept on their device in a first-party cookie (no account, nothing
 * on the server). Without a choice yet, the browser's preferred languages decide. Only languages
 * the county serves count: a cookie naming one no longer served is as if there were none.
 */
public final class LanguagePreference {

    public static final String COOKIE = "wvo-lang";
    /**
     * A link may name the language it opens in ({@code ?lang=ar}): the language picker's choices
     * and the alternates search engines list are such links. It wins over the cookie and is then
     * remembered on the device.
     */
    public static final String LINK_PARAMETER = "lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    /**
     * Whether the county serves a language. Static because this class is used where no Spring
     * bean is at hand (servlets, init listeners); {@link ServedLanguages} sets it when it starts.
     */
    private static volatile Predicate<Language> served = language -> true;

    private LanguagePreference() {
    }

    static void servedBy(Predicate<Language> servedLanguages) {
        served = servedLanguages;
    }

    /** The language the newcomer chose: by the link they followed, else earlier on this device. */
    public static Optional<Language> chosen(VaadinRequest request) {
        return chosenByLink(request).or(() -> cookie(request, COOKIE).flatMap(Language::ofCode).filter(served));
    }

    /** The language named by the link that was followed ({@link #LINK_PARAMETER}), if served. */
    public static Optional<Language> chosenByLink(VaadinRequest request) {
        return request == null ? Optional.empty()
                : Language.ofCode(request.getParameter(LINK_PARAMETER)).filter(served);
    }

    /** The chosen language, else the best match of the browser's languages, else German. */
    public static Language effective(VaadinRequest request) {
        return chosen(request).orElseGet(() -> fromBrowser(request));
    }

    static Language fromBrowser(VaadinRequest request) {
        return request == null ? Language.SOURCE : fromBrowser(request.getLocales());
    }

    /**
     * For plain HTTP answers outside Vaadin (calendar files): the language chosen on the device
     * (cookie value), else the browser's, else German; the same choice as on the pages.
     */
    public static Language effective(String cookieValue, Enumeration<Locale> browserLocales) {
        return Language.ofCode(cookieValue).filter(served).orElseGet(() -> fromBrowser(browserLocales));
    }

    private static Language fromBrowser(Enumeration<Locale> locales) {
        while (locales != null && locales.hasMoreElements()) {
            for (Language asked : Language.askedBy(locales.nextElement())) {
                if (served.test(asked)) {
                    return asked;
                }
            }
        }
        return Language.SOURCE;
    }

    /** Remembers the choice on the device and applies it to the UI. */
    public static void choose(UI ui, Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            response.addCookie(deviceCookie(COOKIE, language.code(), request));
        }
        apply(ui, language);
    }

    /** Sets locale, text direction and the document's language. */
    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
    }

    public static Cookie deviceCookie(String name, String value, VaadinRequest request) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(contextPath(request));
        cookie.setMaxAge(ONE_YEAR);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    public static Optional<String> cookie(VaadinRequest request, String name) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static String contextPath(VaadinRequest request) {
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
