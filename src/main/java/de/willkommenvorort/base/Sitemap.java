package de.willkommenvorort.base;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} and {@code sitemap.xml} for search engines: the sitemap lists the public pages
 * the features contribute ({@link SitemapContribution}: published content only), each with an
 * alternate per served language; robots.txt keeps crawlers out of accounts, staff and forms.
 */
@RestController
class Sitemap {

    private final List<SitemapContribution> contributions;
    private final ServedLanguages served;
    private final PublicAddress address;

    Sitemap(List<SitemapContribution> contributions, ServedLanguages served, PublicAddress address) {
        this.contributions = contributions;
        this.served = served;
        this.address = address;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String rules = """
                User-agent: *
                Allow: /
                Disallow: /my
                Disallow: /staff
                Disallow: /login
                Disallow: /account
                Disallow: /setup
                Disallow: /offers/found-nothing
                Disallow: /offer/*/report
                Disallow: /offer/*/contact

                Sitemap: %s
                """.formatted(address.of("sitemap.xml"));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(rules);
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<Language> languages = served.alternates();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (SitemapContribution contribution : contributions) {
            for (SitemapContribution.Page page : contribution.sitemapPages()) {
                String url = address.of(page.path());
                xml.append("<url><loc>").append(escape(url)).append("</loc>");
                page.lastModified().ifPresent(at -> xml.append("<lastmod>")
                        .append(at.atOffset(ZoneOffset.UTC).toLocalDate()).append("</lastmod>"));
                for (Language language : languages) {
                    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(language.hreflang()).append("\" href=\"")
                            .append(escape(url + (url.contains("?") ? "&" : "?") + LanguagePreference.LINK_PARAMETER
                                    + "=" + language.code())).append("\"/>");
                }
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(escape(url))
                        .append("\"/></url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(xml.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
