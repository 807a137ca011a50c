package de.willkommenvorort.base;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.ContentSecurityPolicy;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page the service worker shows when the network is gone. It is cached once and must speak
 * every language, so it carries the offline texts of all of them and picks the device's choice
 * (the language cookie) in the browser. It leads to the offers saved on the phone, which open
 * offline (the service worker keeps them).
 */
@RestController
class OfflinePage {

    private static final List<String> KEYS = List.of("offline.title", "offline.text", "offline.retry", "offline.saved");

    private final String html;
    private final String policy;

    OfflinePage(TranslationProvider translations,
                @org.springframework.beans.factory.annotation.Value("${server.servlet.context-path:}") String contextPath) {
        this.html = render(translations, contextPath);
        String script = html.substring(html.indexOf("<script>") + "<script>".length(), html.indexOf("</script>"));
        this.policy = ContentSecurityPolicy.strict(script);
    }

    @GetMapping(value = "/offline", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> offline() {
        // Its one inline script is admitted by its hash; the cached copy keeps this header.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header(ContentSecurityPolicy.HEADER, policy).body(html);
    }

    /** {@code contextPath}: the page answers for any address offline, so its link is absolute. */
    private static String render(TranslationProvider translations, String contextPath) {
        StringBuilder texts = new StringBuilder("{");
        for (Language language : Language.values()) {
            if (texts.length() > 1) {
                texts.append(',');
            }
            texts.append('"').append(language.code()).append("\":{\"dir\":\"")
                    .append(language.rightToLeft() ? "rtl" : "ltr").append('"');
            for (String key : KEYS) {
                texts.append(",\"").append(key).append("\":\"")
                        .append(json(translations.translate(key, language))).append('"');
            }
            texts.append('}');
        }
        texts.append('}');
        Language source = Language.SOURCE;
        return """
                <!DOCTYPE html>
                <html lang="de" dir="ltr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="theme-color" content="#0b5d53">
                <title id="t">%s</title>
                <style>
                %sbutton{min-block-size:48px;inline-size:100%%;font:inherit;font-weight:700;border:0;border-radius:12px;background:#0b5d53;color:#fff}
                a{display:flex;align-items:center;justify-content:center;min-block-size:48px;margin-block-start:0.75rem;border:2px solid #0b5d53;border-radius:12px;color:#07423b;font-weight:700;text-decoration:none}
                </style>
                </head>
                <body>
                <header>%s</header>
                <main><h1 id="h">%s</h1><p id="p">%s</p><button id="b" type="button">%s</button><a id="s" href="%s/saved">%s</a></main>
                <script>
                (function(){var all=%s;var m=document.cookie.match(/(?:^|; )%s=([^;]+)/);
                var t=all[m&&all[m[1]]?m[1]:"de"];document.documentElement.lang=m&&all[m[1]]?m[1]:"de";
                document.documentElement.dir=t.dir;document.getElementById("t").textContent=t["offline.title"];
                document.getElementById("h").textContent=t["offline.title"];document.getElementById("p").textContent=t["offline.text"];
                document.getElementById("b").textContent=t["offline.retry"];document.getElementById("s").textContent=t["offline.saved"];
                document.getElementById("b").addEventListener("click",function(){location.reload();});})();
                </script>
                </body>
                </html>
                """.formatted(esc(translations.translate("offline.title", source)), PlainPage.STYLE,
                esc(translations.translate("app.name", source)),
                esc(translations.translate("offline.title", source)),
                esc(translations.translate("offline.text", source)),
                esc(translations.translate("offline.retry", source)),
                esc(contextPath), esc(translations.translate("offline.saved", source)),
                texts, LanguagePreference.COOKIE);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
