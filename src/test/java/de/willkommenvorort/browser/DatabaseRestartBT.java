package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.database.DatabaseProcess;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.Settled;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database restarts while the app runs: a newcomer meanwhile gets a short "back in a moment"
 * page in their language (status 503, never a stack trace), a provider who submits an offer is told
 * to try again with the form kept, and pages work again within 5 s after the database is back,
 * without restarting the app. Uses the tests' real MariaDB server, which it stops and starts.
 */
@AppTest
class DatabaseRestartBT extends BrowserTest {

    private static final String SUBMIT = "Speichern und zur Prüfung einreichen";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommittedChanges changes;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_database_restart_loses_nothing_and_needs_no_app_restart() throws Exception {
        AccountUser provider = testAccounts.provider("de");
        String word = TestOffers.uniqueWord();
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        page.getByText("Neues Angebot").first().click();
        settle();
        pick("Bereich und Kategorie", "Sprache und Bildung – Sprachcafé");
        Locator german = page.locator("section.editor-language[lang=de]");
        german.getByLabel("Titel").fill("Sprachcafé " + word);
        german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("Deutsch üben bei Tee.");
        german.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true))
                .fill("Jeden Dienstag im Gemeindehaus.");
        pickFromList("Gemeinde", "Auenthal");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("+49 6621 555");
        assertThat(get("/offers?block=education").statusCode()).isEqualTo(200);
        // A newcomer's phone has seen the list of courses (its service worker keeps the page).
        BrowserContext newcomer = browserFor(phone("ar", 360, 640));
        Page phone = newcomer.newPage();
        phone.navigate(url("/offers?block=education"));
        phone.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        phone.reload();
        phone.waitForFunction("() => navigator.serviceWorker.controller !== null");
        String listTitle = phone.locator("main h1").first().textContent();

        // The app keeps the newcomer's page once nothing is being committed any more.
        Settled.await(changes);
        assertThat(get("/offers?block=education").statusCode()).isEqualTo(200);
        DatabaseProcess.stop();
        try {
            // A page the app has kept is still served as it was (decision 035).
            HttpResponse<String> kept = get("/offers?block=education");
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).contains(listTitle);
            // A page it has not: a calm answer in Arabic within a few seconds, never a stack trace.
            long asked = System.nanoTime();
            HttpResponse<String> offers = get("/offers?block=work");
            long waitedMs = (System.nanoTime() - asked) / 1_000_000;
            assertThat(offers.statusCode()).isEqualTo(503);
            assertThat(offers.headers().firstValue("Retry-After")).contains("5");
            assertThat(offers.body()).contains("dir=\"rtl\"").doesNotContain("Exception").doesNotContain(" at de.")
                    .doesNotContain("SQL");
            assertThat(waitedMs).as("ms until the newcomer had an answer").isLessThan(6_000);
            System.out.printf("Database restart: a newcomer had \"back in a moment\" after %d ms%n", waitedMs);
            // The next one may wait out the pool (3 s) until the app knows the database is away; from
            // then on it says so at once (GuardedDataSource).
            for (String block : List.of("participation", "welcome")) {
                long again = System.nanoTime();
                assertThat(get("/offers?block=" + block).statusCode()).isEqualTo(503);
                long againMs = (System.nanoTime() - again) / 1_000_000;
                System.out.printf("Database restart: the next newcomer had it after %d ms%n", againMs);
                assertThat(againMs).as("ms until the next newcomer had an answer").isLessThan(
                        block.equals("welcome") ? 1_000 : 6_000);
            }
            // On the phone: the page it kept is shown as it was; one it never saw says "back in a moment".
            phone.navigate(url("/offers?block=education"));
            assertThat(phone.locator("main h1").first()).hasText(listTitle);
            phone.navigate(url("/events?when=week"));
            assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
            assertThat(phone.locator("main h1").first()).hasText(
                    offers.body().replaceAll("(?s).*<h1[^>]*>([^<]*)</h1>.*", "$1"));
            phone.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(
                    "target/screenshots/ar-database-restart.png")));
            newcomer.close();

            // The provider submits: told in German to try again in a few seconds; the form keeps its input.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
            assertThat(page.locator("vaadin-notification-card.action-failed"))
                    .containsText("Ihre Eingaben sind noch da", new com.microsoft.playwright.assertions.LocatorAssertions
                            .ContainsTextOptions().setTimeout(15_000));
            screenshot("provider-database-restart");
            assertThat(german.getByLabel("Titel")).hasValue("Sprachcafé " + word);
        } finally {
            DatabaseProcess.start();
        }
        // Pages work again within 5 s after the database is back, without an app restart. Each asks
        // for another address, so that no kept page answers.
        long back = System.nanoTime();
        int status;
        int asked = 0;
        do {
            status = get("/offers?block=work&page-after-restart=" + ++asked).statusCode();
        } while (status != 200 && System.nanoTime() - back < 15_000_000_000L);
        long recoveredMs = (System.nanoTime() - back) / 1_000_000;
        assertThat(status).isEqualTo(200);
        System.out.printf("Database restart: pages worked again %d ms after the database was back%n", recoveredMs);
        assertThat(recoveredMs).as("ms until pages worked again").isLessThanOrEqualTo(5_000);

        // The kept form is submitted as it was typed; nothing was half-saved before.
        assertThat(jdbc.queryForObject("select count(*) from offer_text where title = ?", Integer.class,
                "Sprachcafé " + word)).isZero();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
        page.waitForURL(u -> u.endsWith("/my"), new Page.WaitForURLOptions().setTimeout(10_000));
        assertThat(jdbc.queryForObject("select count(*) from offer_text where title = ?", Integer.class,
                "Sprachcafé " + word)).isEqualTo(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", "ar").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
