package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import de.willkommenvorort.support.AppTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a newcomer does with an offer at 360×640: keeps it on the phone (and opens it offline),
 * passes it on, has it read aloud, goes back to the list; what they meet in Arabic text; and the
 * filters for childcare, course level and course start.
 */
@AppTest
class KeepShareReadBT extends BrowserTest {

    private static final String MBE = "Migrationsberatung für Erwachsene (MBE) – Caritas Auenthal";
    private static final String ARABIC_MBE = "استشارة الهجرة للبالغين (MBE) – كاريتاس أوينتال";

    /** A phone with one German voice; what is spoken is recorded in window.__spoken. */
    private static final String GERMAN_VOICE = """
            (() => {
              window.__spoken = [];
              const voices = [{ lang: 'de-DE', name: 'Deutsch', localService: true, default: true, voiceURI: 'de' }];
              const synth = {
                speaking: false,
                getVoices: () => voices,
                speak: (u) => { window.__spoken.push({ text: u.text, lang: u.lang }); setTimeout(() => u.onend && u.onend(), 0); },
                cancel: () => {},
                addEventListener: () => {}
              };
              Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
              window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            })();""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_saved_offer_opens_offline_in_the_language_it_was_saved_in_with_its_call_and_directions() {
        context.addCookies(List.of(new Cookie("wvo-lang", "ar").setUrl(url("/"))));
        long offer = offerTitled(MBE);
        open("/");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        open("/offer/" + offer);
        Locator save = page.locator("button.save-button");
        assertThat(save).isVisible();
        save.click();
        assertThat(save).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".action-status")).not().isEmpty();
        page.waitForFunction("path => caches.open('wvo-saved').then(c => c.match(new URL(path, document.baseURI).href))"
                + ".then(hit => !!hit)", "offer/" + offer);
        page.waitForFunction("() => caches.open('wvo-saved').then(c => c.match(new URL('saved', document.baseURI).href))"
                + ".then(hit => !!hit)");

        open("/");
        page.locator("a.saved-tile").click();
        settle();
        Locator item = page.locator("#saved-list a.offer-card");
        assertThat(item).hasCount(1);
        assertThat(item.locator(".offer-card-title")).hasText(ARABIC_MBE);
        screenshot("ar-saved-list");

        context.setOffline(true);
        page.navigate(url("/offer/" + offer));
        assertThat(heading()).hasText(ARABIC_MBE);
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("a.contact-action[href^='tel:']")).isVisible();
        assertThat(page.locator("a.contact-action[href^='geo:']")).isVisible();
        screenshot("ar-saved-offer-offline");

        page.navigate(url("/saved"));
        assertThat(page.locator("#saved-list a.offer-card")).hasCount(1);
        // A page never seen and not saved: the offline page, which leads to the saved list.
        page.navigate(url("/offers?block=work&never=seen"));
        Locator toSaved = page.locator("a#s");
        assertThat(toSaved).isVisible();
        toSaved.click();
        assertThat(page.locator("#saved-list a.offer-card")).hasCount(1);
        context.setOffline(false);

        // Removed again: gone from the list and from the phone's cache.
        page.locator("#saved-list .saved-remove").click();
        assertThat(page.locator("#saved-list a.offer-card")).hasCount(0);
        assertThat(page.locator("#saved-empty")).isVisible();
    }

    @Test
    void sharing_passes_on_the_offer_address_in_no_language_else_copies_it() {
        context.addCookies(List.of(new Cookie("wvo-lang", "ar").setUrl(url("/"))));
        context.addInitScript("window.__shared = []; navigator.share = (d) => { window.__shared.push(d); return Promise.resolve(); };");
        long offer = offerTitled(MBE);
        open("/offer/" + offer);
        page.locator("button.share-button").click();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> shared = (List<Map<String, String>>) page.evaluate("() => window.__shared");
        assertThat(shared).hasSize(1);
        assertThat(shared.getFirst().get("url")).endsWith("/offer/" + offer).doesNotContain("lang=");
        assertThat(shared.getFirst().get("title")).isEqualTo(ARABIC_MBE);

        // A phone without a share sheet: the address is copied, and the newcomer is told so.
        usePhone("de-DE");
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        context.addInitScript("delete Navigator.prototype.share;");
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        open("/offer/" + offer);
        page.locator("button.share-button").click();
        assertThat(page.locator(".action-status")).hasText(Pattern.compile("Der Link ist kopiert.*"));
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).endsWith("/offer/" + offer);
    }

    @Test
    void read_aloud_is_offered_only_with_a_voice_and_says_numbers_digit_by_digit_and_hours_as_times() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        long offer = offerTitled(MBE);
        // Headless Chromium has no voices: no button to press.
        open("/offer/" + offer);
        assertThat(page.locator("button.read-button")).not().hasAttribute("data-ready", "");
        assertThat(page.locator("button.read-button")).hasCSS("visibility", "hidden");

        context.addInitScript(GERMAN_VOICE);
        open("/offer/" + offer);
        Locator read = page.locator("button.read-button");
        assertThat(read).hasCSS("visibility", "visible");
        read.click();
        page.waitForFunction("() => window.__spoken.length > 5");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> spoken = (List<Map<String, String>>) page.evaluate("() => window.__spoken");
        List<String> texts = spoken.stream().map(s -> s.get("text")).toList();
        assertThat(texts.getFirst()).isEqualTo("Migrationsberatung für Erwachsene");
        assertThat(texts).contains(MBE);
        assertThat(texts).anyMatch(t -> t.equals("Anrufen: + 4 9, 6 6 2 1, 9 1 4 2, 3 0"));
        assertThat(texts).anyMatch(t -> t.equals("Kirchplatz 3, 3 6 2 5 1 Auenthal"));
        assertThat(texts).anyMatch(t -> t.equals("Montag: von 09:00 bis 12:00"));
        assertThat(texts).noneMatch(t -> t.contains("Speichern") || t.contains("Stimmt hier etwas nicht"));
        assertThat(spoken).allSatisfy(s -> assertThat(s.get("lang")).isEqualTo("de-DE"));
    }

    @Test
    void arabic_pages_keep_german_names_addresses_numbers_and_lists_in_their_order() {
        context.addCookies(List.of(new Cookie("wvo-lang", "ar").setUrl(url("/"))));
        open("/offer/" + offerTitled(MBE));
        // "36251 Auenthal": the postal code before the town, as written, on a right-to-left page.
        assertThat(leftOf(".address", "36251", "Auenthal")).as("postal code left of the town").isTrue();
        // The provider's name ends with its full stop, on the right of "V".
        // (Drawn right to left, "V." would split and its full stop land left of the whole name.)
        assertThat(leftOf(".offer-provider", "Caritasverband", "V.")).as("the full stop after 'e. V'").isTrue();
        assertThat(leftOf(".offer-provider", "Caritasverband", "Auenthal")).isTrue();
        // Lists are joined as Arabic joins them.
        assertThat(page.locator(".facts li").filter(new Locator.FilterOptions().setHasText("اللغات")))
                .hasText(Pattern.compile(".*(،| و).*"));
        assertThat(page.locator(".facts li").filter(new Locator.FilterOptions().setHasText("اللغات")))
                .not().hasText(Pattern.compile(".*, .*"));

        long football = jdbc.sql("""
                        SELECT o.id FROM offer o JOIN offer_text t ON t.offer_id = o.id AND t.language = 'ar'
                        WHERE o.review_state = 'PUBLISHED' AND t.title LIKE '%(14–18)%'""").query(Long.class).list().getFirst();
        open("/offer/" + football);
        // "(14–18)" inside Arabic: 14 before 18, both inside the brackets.
        assertThat(leftOf("main h1", "14", "18")).as("14 left of 18").isTrue();
        assertThat(leftOf("main h1", "(", "14")).isFalse();
        screenshot("ar-bidi-football");
    }

    @Test
    void the_offer_leads_back_to_the_list_it_was_opened_from() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        open("/offers?block=education&childcare=1");
        String list = page.url();
        page.locator(".offer-card").first().click();
        settle();
        assertThat(page.locator("a.back-link")).hasText("Zurück zur Liste");
        page.locator("a.back-link").click();
        settle();
        assertThat(page).hasURL(list);

        // Opened from elsewhere (a shared link): back to the offer's building block.
        open("/offer/" + offerTitled(MBE));
        assertThat(page.locator("a.back-link")).hasAttribute("href", "offers?block=welcome");
    }

    @Test
    void filters_for_childcare_course_level_and_course_start_apply_as_they_change() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        open("/offers?block=education");
        page.locator(".filters summary").click();
        page.getByLabel("Mit Kinderbetreuung").check();
        page.waitForURL(u -> u.contains("childcare=1"));
        int childcare = count("""
                SELECT COUNT(*) FROM offer o JOIN category c ON c.id = o.category_id WHERE o.review_state = 'PUBLISHED'
                AND (o.valid_until IS NULL OR o.valid_until >= CURRENT_DATE) AND c.building_block = 'EDUCATION' AND o.childcare""");
        assertThat(childcare).isPositive();
        assertThat(page.locator(".result-count")).hasText(childcare + (childcare == 1 ? " Angebot gefunden" : " Angebote gefunden"));
        assertThat(page.locator(".offer-card")).hasCount(Math.min(childcare, 20));

        open("/offers?block=education");
        page.locator(".filters summary").click();
        page.getByLabel("Kursniveau (Sprachkurse)").selectOption(new SelectOption().setLabel("A1"));
        page.waitForURL(u -> u.contains("level=A1"));
        int a1 = count("""
                SELECT COUNT(*) FROM offer o JOIN category c ON c.id = o.category_id WHERE o.review_state = 'PUBLISHED'
                AND (o.valid_until IS NULL OR o.valid_until >= CURRENT_DATE) AND c.building_block = 'EDUCATION'
                AND o.course_level = 'A1'""");
        assertThat(a1).isPositive();
        assertThat(page.locator(".offer-card")).hasCount(a1);

        String day = jdbc.sql("""
                SELECT MAX(next_start) FROM offer WHERE review_state = 'PUBLISHED' AND next_start IS NOT NULL""")
                .query(String.class).single();
        page.getByLabel("Kursbeginn ab").fill(day);
        page.waitForURL(u -> u.contains("from=" + day));
        int later = count("""
                SELECT COUNT(*) FROM offer o JOIN category c ON c.id = o.category_id WHERE o.review_state = 'PUBLISHED'
                AND (o.valid_until IS NULL OR o.valid_until >= CURRENT_DATE) AND c.building_block = 'EDUCATION'
                AND o.course_level = 'A1' AND o.next_start >= '""" + day + "'");
        assertThat(page.locator(".offer-card")).hasCount(later);
        // Applied in place: the filter stays open where the newcomer was.
        assertThat(page.locator(".filters")).hasAttribute("open", "");
    }

    /** Whether the first occurrence of {@code left} is drawn left of the first of {@code right} in the element. */
    private boolean leftOf(String selector, String left, String right) {
        return (Boolean) page.evaluate("""
                ([selector, a, b]) => {
                  const root = document.querySelector(selector);
                  const x = (needle) => {
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                      const i = n.data.indexOf(needle);
                      if (i >= 0) {
                        const r = document.createRange();
                        r.setStart(n, i);
                        r.setEnd(n, i + needle.length);
                        return r.getBoundingClientRect().left;
                      }
                    }
                    throw new Error('no ' + needle + ' in ' + selector);
                  };
                  return x(a) < x(b);
                }""", List.of(selector, left, right));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long offerTitled(String title) {
        return jdbc.sql("""
                        SELECT o.id FROM offer o JOIN offer_text t ON t.offer_id = o.id
                        WHERE o.review_state = 'PUBLISHED' AND t.title = ?""").param(title).query(Long.class).single();
    }
}
