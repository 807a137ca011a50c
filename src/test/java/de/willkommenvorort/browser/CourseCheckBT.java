package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Cookie;
import de.willkommenvorort.coursecheck.CourseCheckRules;
import de.willkommenvorort.coursecheck.CourseRules;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Welche Kurse kann ich besuchen?" on a phone, in German, Arabic and Tigrinya: from the start page
 * to the check, every written case of the rules the app ships answered by tapping, and the courses
 * shown (with how each is open) are the ones the case expects, named in the reader's language. The
 * page makes no request with any answer in it: once it has loaded, only the app's static files may
 * be fetched, never with a query or a body. A reload keeps the answers; "clear" removes them.
 */
@AppTest
class CourseCheckBT extends BrowserTest {

    /** What a loaded page may still fetch: its own static files (and the service worker's offline page). */
    private static final Pattern STATIC = Pattern.compile(
            "/(js/[a-z-]+\\.js|css/[a-z-]+\\.css|icons/[a-z0-9-]+\\.(svg|png)|manifest\\.webmanifest|app-sw\\.js|offline)");

    @Autowired
    TranslationProvider translations;
    @Autowired
    CourseCheckRules inForce;
    @Autowired
    TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar", "ti"})
    void every_written_case_shows_the_courses_it_expects_and_no_answer_leaves_the_phone(String code) {
        Language language = Language.get(code);
        CourseRules rules = CourseRules.parse(CourseCheckRules.shippedDocument());
        assertThat(rules.cases()).hasSizeGreaterThanOrEqualTo(12);
        context.addCookies(List.of(new Cookie("wvo-lang", code).setUrl(url("/"))));
        open("/");
        page.locator("a[href='courses/check']").click();
        page.waitForURL(u -> u.endsWith("/courses/check"));
        settle();
        assertThat(isServerPage()).isTrue();
        assertThat(page.locator("html")).hasAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        assertThat(heading()).hasText(translations.translate("coursecheck.title", language));
        CourseRules current = inForce.inForce();
        assertThat(page.locator(".course-version")).hasText(translations.translate("coursecheck.version", language,
                current.version(), LocalFormats.date(current.validFrom(), language)));
        assertThat(page.locator(".course-guidance")).hasText(translations.translate("coursecheck.guidance", language));

        List<Request> after = new CopyOnWriteArrayList<>();
        context.onRequest(after::add);

        for (CourseRules.Case written : rules.cases()) {
            written.answers().forEach((question, option) -> page.locator("#cc-" + question + "-" + option).check());
            page.locator("button[data-course-show]").click();
            assertShows(written, rules, language);
            if (written.id().equals("other-permit-mother-literacy") && !code.equals("ti")) {
                screenshot("course-check-" + code);
            }
        }

        // Links to the county's offers carry a category (and a group), never an answer.
        List<?> hrefs = (List<?>) page.locator("a.course-offers")
                .evaluateAll("links => links.map(a => a.getAttribute('href'))");
        assertThat(hrefs).isNotEmpty().allSatisfy(href ->
                assertThat(href.toString()).matches("offers\\?category=[a-z-]+(&group=[a-z]+)?"));

        // A reload keeps the last case's answers (in the phone's storage) and shows its answer at once.
        CourseRules.Case last = rules.cases().getLast();
        page.reload();
        settle();
        last.answers().forEach((question, option) ->
                assertThat(page.locator("#cc-" + question + "-" + option)).isChecked());
        assertShows(last, rules, language);

        page.locator("button[data-course-clear]").click();
        assertThat(page.locator(".course-result")).hasCount(0);
        assertThat(page.locator("#course-questions input:checked")).hasCount(0);
        assertThat(page.locator("#course-incomplete")).isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('wvo-course-check')")).isNull();
        page.reload();
        settle();
        assertThat(page.locator("#course-questions input:checked")).hasCount(0);

        List<String> sent = new ArrayList<>();
        for (Request request : after) {
            URI uri = URI.create(request.url());
            boolean staticFile = request.method().equals("GET") && request.postData() == null
                    && uri.getPath() != null && STATIC.matcher(uri.getPath()).find()
                    && (uri.getQuery() == null || uri.getQuery().matches("v=[0-9a-f]+"));
            // The two reloads: the page's own address, bare (also when the service worker fetches it for the page).
            boolean reload = request.method().equals("GET") && uri.getPath().endsWith("/courses/check")
                    && uri.getQuery() == null && request.postData() == null;
            if (!staticFile && !reload) {
                sent.add(request.method() + " " + request.url());
            }
        }
        assertThat(sent).as("requests after the check loaded").isEmpty();
    }

    @Test
    void an_administrator_sees_why_a_version_is_refused_keeps_the_text_and_publishes_the_next() {
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        open("/staff/course-rules");
        CourseRules current = inForce.inForce();
        String inForceLine = translations.translate("coursecheck.version", Language.get("de"), current.version(),
                LocalFormats.date(current.validFrom(), Language.get("de")));
        assertThat(page.locator(".course-rules-in-force")).hasText(inForceLine);
        int next = inForce.inForce().version() + 1;
        String document = CourseCheckRules.shippedDocument().replace("\"version\": 1,", "\"version\": " + next + ",");
        String broken = document.replaceFirst("\"integration\": \"obligated\"\n", "\"integration\": \"entitled\"\n");
        Locator field = page.locator("vaadin-text-area textarea");

        field.fill(broken);
        page.locator("vaadin-button.course-rules-publish").click();
        assertThat(page.locator(".form-notice li")).hasText(translations.translate("coursecheck.staff.error.case",
                Language.get("de"), "work-letter-from-office", "integration = obligated", "integration = entitled"));
        assertThat(field).hasValue(broken);
        assertThat(page.locator(".course-rules-in-force")).hasText(inForceLine);

        field.fill(document);
        page.locator("vaadin-button.course-rules-publish").click();
        assertThat(page.locator(".form-notice")).hasText(
                translations.translate("coursecheck.staff.published", Language.get("de"), next));
        assertThat(inForce.inForce().version()).isEqualTo(next);
        screenshot("course-rules-staff");
    }

    private void assertShows(CourseRules.Case written, CourseRules rules, Language language) {
        Locator shown = page.locator("#course-list .course-result");
        assertThat(shown).hasCount(written.expect().size());
        Map<String, String> got = new TreeMap<>();
        for (int i = 0; i < written.expect().size(); i++) {
            Locator result = shown.nth(i);
            got.put(result.getAttribute("data-course"), result.getAttribute("data-how"));
        }
        assertThat(got).as(written.id()).isEqualTo(new TreeMap<>(written.expect()));
        written.expect().forEach((course, how) -> {
            String label = rules.courses().stream().filter(c -> c.id().equals(course)).findFirst().orElseThrow().label();
            String howLabel = rules.hows().stream().filter(h -> h.id().equals(how)).findFirst().orElseThrow().label();
            Locator result = page.locator(".course-result[data-course='" + course + "']");
            assertThat(result.locator("h3")).hasText(translations.translate(label, language));
            assertThat(result.locator(".course-how")).hasText(translations.translate(howLabel, language));
        });
        assertThat(page.locator("#course-incomplete")).isHidden();
    }
}
