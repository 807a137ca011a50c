package de.willkommenvorort.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.browser.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import de.willkommenvorort.support.TestMail;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The figures the README quotes; a benchmark, not a test: it asserts nothing and prints what it
 * measured (also to target/benchmark.txt). Run with {@code mvn -Pproduction,benchmark verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/bench-db",
        "wvo.embedded-db.fresh=true",
        "management.server.port=0"
})
@ActiveProfiles("demo")
// The test support beans (accounts) need a mail server, even where a benchmark sends no mail.
@Import(TestMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewcomerBenchmark extends BrowserTest {

    private static final int SESSIONS = 30;

    @TestConfiguration
    static class CountBytes {
        @Bean
        WireBytes wireBytes() {
            return new WireBytes();
        }

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> countBytesOnTheWire(WireBytes wire) {
            return factory -> factory.addEngineValves(wire);
        }
    }

    @Autowired
    WireBytes wire;

    @Test
    @Order(1)
    void bytes_of_a_first_and_a_repeat_visit() throws IOException {
        wire.reset();
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch").setExact(true)).click();
        page.waitForURL(u -> u.contains("lang=de"));
        settle();
        page.locator(".block-tile").nth(1).click();
        settle();
        openFirstCard();
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.waitForTimeout(1500);
        long first = wire.bytes();
        long firstRequests = wire.requests();
        List<String> firstResponses = wire.responses();

        // The same phone comes back the next day: the language is remembered, files are cached.
        page.close();
        page = context.newPage();
        keepRoundTrips(page);
        wire.reset();
        open("/");
        page.locator(".block-tile").nth(1).click();
        settle();
        openFirstCard();
        page.waitForTimeout(1500);
        BenchmarkReport.line("First visit (language → home → results → offer), empty cache: %,d B in %d responses",
                first, firstRequests);
        BenchmarkReport.line("Repeat visit (home → results → offer), same phone: %,d B in %d responses", wire.bytes(),
                wire.requests());
        List<String> repeatResponses = wire.responses();

        // The rest of a newcomer's first day on the same phone: the events, the info pages, one of them.
        wire.reset();
        open("/events");
        open("/info");
        page.locator("a.info-card").first().click();
        settle();
        BenchmarkReport.line("Further pages on the same phone (events → info → an info page): %,d B in %d responses", wire.bytes(),
                wire.requests());
        Files.write(Path.of("target", "benchmark-responses.txt"), concat("First visit", firstResponses,
                "Repeat visit", repeatResponses, "Further pages", wire.responses()));
    }

    @Test
    @Order(2)
    void heap_per_newcomer_session_on_the_results_view() throws IOException {
        // The browser's remote control keeps objects in this JVM for every open page; a control run
        // on a page without a Vaadin session (the offline page) measures that share, which is taken off.
        long controlStart = BenchmarkReport.liveHeap();
        List<BrowserContext> control = openPhones("/offline", "h1");
        long controlPerPhone = (BenchmarkReport.liveHeap() - controlStart) / SESSIONS;
        control.forEach(BrowserContext::close);

        long before = BenchmarkReport.liveHeap();
        List<BrowserContext> phones = openPhones("/offers?block=education", ".offer-card");
        long after = BenchmarkReport.liveHeap();
        long perSession = (after - before) / SESSIONS - controlPerPhone;
        BenchmarkReport.line("Live heap per newcomer on the results view: %,d B (%d phones: %,d B each measured,"
                        + " less %,d B per page that the browser's remote control holds; a server page keeps no session)",
                perSession, SESSIONS, (after - before) / SESSIONS, controlPerPhone);
        phones.forEach(BrowserContext::close);
    }

    private List<BrowserContext> openPhones(String path, String waitFor) {
        Browser browser = page.context().browser();
        List<BrowserContext> phones = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserContext phone = browser.newContext(phone("de-DE", 360, 640));
            phone.addCookies(List.of(new com.microsoft.playwright.options.Cookie("wvo-lang", "de")
                    .setUrl(url("/"))));
            Page p = phone.newPage();
            p.navigate(url(path));
            p.locator(waitFor).first().waitFor();
            phones.add(phone);
        }
        return phones;
    }

    /** Keeps what Vaadin's round trips carried (target/benchmark-uidl/), to see where bytes go. */
    private static void keepRoundTrips(Page page) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        page.onResponse(response -> {
            if (response.url().contains("v-r=")) {
                try {
                    Path dir = Path.of("target", "benchmark-uidl");
                    Files.createDirectories(dir);
                    Files.writeString(dir.resolve(n.incrementAndGet() + ".json"), response.text());
                } catch (IOException | RuntimeException e) {
                    // Diagnostics only: a response without a body is simply not kept.
                }
            }
        });
    }

    /** Taps the first offer of the list, once the list has settled, and waits for the offer page. */
    private void openFirstCard() {
        page.locator(".result-count").waitFor();
        page.locator(".offer-card").first().waitFor();
        settle();
        page.locator(".offer-card").first().click();
        page.locator(".offer-view h1").waitFor();
        settle();
        // What the phone does after a page is shown (the service worker, page.js) counts too.
        page.waitForTimeout(500);
    }

    private static List<String> concat(String a, List<String> first, String b, List<String> second, String c,
                                       List<String> third) {
        List<String> lines = new ArrayList<>();
        lines.add(a);
        lines.addAll(first);
        lines.add(b);
        lines.addAll(second);
        lines.add(c);
        lines.addAll(third);
        return lines;
    }

}
