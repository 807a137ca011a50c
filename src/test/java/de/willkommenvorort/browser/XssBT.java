package de.willkommenvorort.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.provider.Provider;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import de.willkommenvorort.support.XssCorpus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every payload of the XSS corpus goes through every text field of a published offer, in German
 * (the original) and in an Arabic translation; Chromium at phone size opens each offer page in
 * both languages and the search list showing them all, and {@link XssProbe} checks that nothing
 * ran and that the payload is shown as text. Contact fields are stored raw through the entity,
 * past any editor's validation, to prove the page is safe whatever is stored.
 */
@AppTest
class XssBT extends BrowserTest {

    /** Put before the Arabic texts, so the Arabic page is seen to show the translation. */
    private static final String ARABIC = "تجربة ";

    @Autowired
    ReviewWorkflow review;
    @Autowired
    ProviderService providers;
    @Autowired
    CategoryService categories;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    I18NProvider translations;
    @Autowired
    JdbcClient jdbc;

    /** One offer carrying one payload in every field, as stored. */
    private record Planted(long id, Offer offer, String provider) {

        OfferText text(Language language) {
            return offer.getTexts().get(language.code());
        }

        /** What the offer page in this language must show as characters. */
        List<String> shownFields(Language language) {
            List<String> fields = new ArrayList<>(List.of(text(language).getTitle(), text(language).getSummary(),
                    text(language).getDescription(), text(language).getWhatToBring(), offer.getStreet(), offer.getPostalCode(), offer.getPlaceName(),
                    provider, offer.getPhone(), offer.getEmail()));
            fields.removeIf(field -> XssProbe.normalised(field).isEmpty());
            return fields;
        }
    }

    @Test
    void no_payload_runs_in_any_field_on_the_offer_pages_or_the_list_in_german_and_arabic() {
        List<String> payloads = XssCorpus.payloads();
        String marker = TestOffers.uniqueWord();
        long started = System.nanoTime();
        List<Planted> planted = payloads.stream().map(payload -> plant(payload, marker)).toList();
        long plantedAt = System.nanoTime();
        int pages = 0;
        try {
            for (Language language : List.of(Language.get("de"), Language.get("ar"))) {
                usePhone(language.locale().toLanguageTag());
                XssProbe probe = XssProbe.install(context);
                String appName = translations.getTranslation("app.name", language.locale());
                for (Planted offer : planted) {
                    // Each offer page is a server page, complete in its first response.
                    open("/offer/" + offer.id());
                    pages++;
                    probe.assertSafe(page, "main", offer.text(language).getTitle() + " – " + appName);
                    probe.assertShown(page, "main", offer.shownFields(language));
                    assertWebsiteLinkedOrShown(page, offer.offer().getWebsite());
                }
                open("/offers?q=" + marker + "&n=" + planted.size());
                pages++;
                checkList(probe, planted, language);
            }
        } finally {
            SystemActor.run(() -> planted.forEach(offer -> review.archive(offer.id())));
        }
        System.out.printf("XssBT: %d payloads in %d offers, %d page views; planting %d s, browsing %d s%n",
                payloads.size(), planted.size(), pages, (plantedAt - started) / 1_000_000_000,
                (System.nanoTime() - plantedAt) / 1_000_000_000);
    }

    /**
     * A published offer whose every text field carries the payload, cut to the field's length.
     * The marker, a word no demo text has, lets the search list show exactly these offers.
     */
    private Planted plant(String payload, String marker) {
        String provider = XssCorpus.fit(payload, Provider.NAME_MAX);
        long providerId = providers.register(provider, ProviderKind.CLUB);
        MunicipalityRef place = municipalities.all().getFirst();
        Offer offer = new Offer(categories.byCode("language-cafe").orElseThrow().id(), providerId, "de", Cost.FREE);
        offer.placeAt(place.id(), XssCorpus.fit(payload, Offer.STREET_MAX),
                XssCorpus.fit(payload, Offer.POSTAL_CODE_LENGTH), XssCorpus.fit(payload, Offer.PLACE_NAME_MAX),
                new BigDecimal("50.870000"), new BigDecimal("9.700000"));
        offer.setContact(XssCorpus.fit(payload, Offer.PHONE_MAX), XssCorpus.fit(payload, Offer.EMAIL_MAX),
                XssCorpus.fit(payload, Offer.WEBSITE_MAX));
        offer.putText("de", texts("", payload, marker));
        offer.putText("ar", texts(ARABIC, payload, marker));
        long id = SystemActor.call(() -> {
            long saved = review.saveDraft(offer);
            review.submit(saved);
            review.publish(saved);
            return saved;
        });
        return new Planted(id, offer, provider);
    }

    private static OfferText texts(String prefix, String payload, String marker) {
        return new OfferText(XssCorpus.fit(prefix + payload, OfferText.TITLE_MAX),
                XssCorpus.fit(prefix + payload, OfferText.SUMMARY_MAX),
                XssCorpus.fit(marker + "\n\n" + prefix + payload, OfferText.DESCRIPTION_MAX),
                XssCorpus.fit(prefix + payload, OfferText.WHAT_TO_BRING_MAX));
    }

    /** A website is either a link to exactly the stored address (http/https only) or shown as text. */
    private static void assertWebsiteLinkedOrShown(Page page, String website) {
        boolean linked = (Boolean) page.evaluate("w => Array.from(document.querySelectorAll('main a'))"
                + ".some(a => a.getAttribute('href') === w)", website.strip());
        if (linked) {
            assertThat(website.strip()).matches("(?i)^https?://.*");
        } else {
            assertThat(XssProbe.normalised(page.locator("main").innerText())).contains(XssProbe.normalised(website));
        }
    }

    /** The list with every planted offer on one page (a server page): nothing ran, every title shown. */
    private void checkList(XssProbe probe, List<Planted> planted, Language language) {
        Set<String> expected = new HashSet<>();
        planted.forEach(offer -> expected.add(XssProbe.normalised(offer.text(language).getTitle())));
        // The list itself: the page around it holds the app's own search and filter forms.
        probe.assertSafe(page, ".result-list", null);
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "'.offer-card-title')).filter(t => t.checkVisibility()).map(t => t.innerText)");
        Set<String> seen = new HashSet<>();
        titles.forEach(title -> seen.add(XssProbe.normalised(title)));
        seen.remove("");
        assertThat(expected).as("titles shown in the list (%d seen)", seen.size()).isSubsetOf(seen);
    }

    @Test
    void the_probe_sees_a_payload_that_runs_and_text_that_was_swallowed() {
        expectRefusals();
        XssProbe probe = XssProbe.install(context);
        open("/offer/" + firstPublishedOffer());
        String title = page.title();
        assertThat(probe.findings(page, "main", title)).as("a real offer page is clean").isEmpty();

        // A deliberately unsafe rendering: what the app would do if it used innerHTML or Html.
        String unsafe = "<img src=x onerror=alert(1)><a href=' java\tscript:x'>x</a><iframe srcdoc='<b>x</b>'></iframe>";
        // The Content-Security-Policy refuses the handler even then, on a newcomer page and on the
        // page that starts Vaadin's client (docs/decisions/032, 036).
        for (String path : List.of("/offer/" + firstPublishedOffer(), "/login")) {
            open(path);
            page.evaluate("html => document.querySelector('main').insertAdjacentHTML('beforeend', html)", unsafe);
            page.waitForTimeout(500);
            assertThat(page.evaluate("() => window.__xssCalls.length")).as("handlers run on %s", path).isEqualTo(0);
        }

        // The probe itself, in a browser told to ignore the policy, where the handler runs.
        context.close();
        context = browserFor(phone("de-DE", 360, 640).setBypassCSP(true));
        page = context.newPage();
        XssProbe unguarded = XssProbe.install(context);
        open("/login");
        String signInTitle = page.title();
        page.evaluate("html => document.querySelector('main').insertAdjacentHTML('beforeend', html)", unsafe);
        page.waitForFunction("() => window.__xssCalls.length > 0");
        assertThat(unguarded.findings(page, "main", signInTitle)).anyMatch(f -> f.startsWith("called [alert(1)]"))
                .anyMatch(f -> f.contains("onerror")).anyMatch(f -> f.contains("href"))
                .anyMatch(f -> f.contains("<iframe> element")).anyMatch(f -> f.contains("srcdoc"));

        page.evaluate("() => { window.__xss = 1; document.title = 'XSS'; }");
        assertThat(unguarded.findings(page, "main", signInTitle)).anyMatch(f -> f.startsWith("window.__xss"))
                .anyMatch(f -> f.startsWith("title changed"));
        assertThatThrownBy(() -> unguarded.assertSafe(page, "main", signInTitle)).isInstanceOf(AssertionError.class);

        page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<script>x</script><p>shown</p>')");
        assertThat(unguarded.findings(page, "main", null)).anyMatch(f -> f.contains("<script> element"));
        unguarded.assertShown(page, "main", List.of("shown"));
        assertThatThrownBy(() -> unguarded.assertShown(page, "main", List.of("<img src=x onerror=alert(1)>")))
                .as("markup that became elements is not shown as text").isInstanceOf(AssertionError.class);
    }

    @Test
    void the_probe_hears_calls_from_frames_that_content_creates() {
        XssProbe probe = XssProbe.install(context);
        open("/offer/" + firstPublishedOffer());
        page.evaluate("() => { const f = document.createElement('iframe'); document.body.append(f);"
                + " f.contentWindow.alert('from a frame'); }");
        assertThat(probe.findings(page, "main", null)).contains("called [alert(from a frame)]");
    }

    private long firstPublishedOffer() {
        return jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
    }
}
