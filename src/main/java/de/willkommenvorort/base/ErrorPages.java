package de.willkommenvorort.base;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.TranslationProvider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The short page every error answers with, whoever notices the error: the app (Spring's
 * {@code /error}, {@link ErrorAnswer}) or Tomcat before the app sees the request, such as a broken
 * address or a header too large ({@link TranslatedErrorValve}). It speaks the language chosen on the
 * device, else the browser's, says what went wrong in plain words and leads home; it never names
 * an exception, the server or a version. It loads nothing, so it shows on the slowest phone.
 */
@Component
class ErrorPages {

    private final TranslationProvider translations;
    private final String home;

    ErrorPages(TranslationProvider translations, @Value("${server.servlet.context-path:}") String contextPath) {
        this.translations = translations;
        this.home = contextPath + "/";
    }

    /** The page for an HTTP status. */
    String render(int status, Language language) {
        String[] keys = keys(status);
        String app = translations.translate("app.name", language);
        String title = translations.translate(keys[0], language);
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s – %s</title>
                <style>
                %sa{display:inline-block;padding:0.75rem 1rem;border:2px solid #0b5d53;border-radius:12px;color:#07423b;font-weight:700}
                </style>
                </head>
                <body>
                <header>%s</header>
                <main><h1>%s</h1><p>%s</p><a href="%s">%s</a></main>
                </body>
                </html>
                """.formatted(language.code(), language.rightToLeft() ? "rtl" : "ltr", esc(title), esc(app), PlainPage.STYLE,
                esc(app), esc(title), esc(translations.translate(keys[1], language)), esc(home),
                esc(translations.translate("notfound.home", language)));
    }

    /** Title and hint: not found, too large, an address or request the app cannot read, or our fault. */
    static String[] keys(int status) {
        return switch (status) {
            case 404, 410 -> new String[] {"notfound.title", "notfound.hint"};
            case 413 -> new String[] {"error.too-large.title", "error.too-large.hint"};
            case 400, 405, 411, 414, 415, 431, 501, 505 -> new String[] {"error.request.title", "error.request.hint"};
            default -> new String[] {"error.title", "error.hint"};
        };
    }

    /**
     * The language chosen on the device (cookie), else the browser's best served one, else German.
     * A request that broke while it was read may have no usable headers: then German.
     */
    static Language language(HttpServletRequest request) {
        try {
            Cookie[] cookies = request.getCookies();
            String chosen = cookies == null ? null : Arrays.stream(cookies)
                    .filter(c -> LanguagePreference.COOKIE.equals(c.getName())).map(Cookie::getValue)
                    .findFirst().orElse(null);
            Enumeration<Locale> locales = request.getLocales();
            return LanguagePreference.effective(chosen, locales == null ? Collections.emptyEnumeration() : locales);
        } catch (RuntimeException e) {
            return Language.SOURCE;
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
