package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import de.willkommenvorort.support.AppInstance;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.Balancer;
import de.willkommenvorort.support.TestOffers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production set-up on one machine: two instances of the built jar on two ports, one MariaDB
 * (the tests' server, a database of its own), HAProxy with {@code ops/haproxy.cfg} in front. A
 * rolling deploy stops and starts one instance, then the other, while newcomers keep reading and a
 * provider writes an offer; then one instance is killed outright. Every newcomer request succeeds;
 * the provider, whose screen lived in the stopped instance, signs in again on the other and finds
 * the half-written form offered back from the phone.
 */
@AppTest
class RollingDeployBT extends BrowserTest {

    private static final Path WORK = Path.of("target/rolling-deploy");
    private static final String PROVIDER = "verein@auenthal.example";
    private static final String PROVIDER_PASSWORD = "Demo Verein Auenthal 2026";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void newcomers_and_a_provider_keep_working_while_the_instances_are_replaced_one_by_one() throws Exception {
        Files.createDirectories(WORK);
        String database = "wvo_cluster_" + System.nanoTime() % 100_000;
        jdbc.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        AppInstance one = new AppInstance("app1", WORK, url, "http://127.0.0.1", "-Xmx512m");
        AppInstance two = new AppInstance("app2", WORK, url, "http://127.0.0.1", "-Xmx512m");
        Newcomers newcomers;
        Thread reading;
        try {
            // The first start creates the schema and the demo county; the second joins them.
            one.start();
            one.awaitReady();
            two.start();
            two.awaitReady();
            try (Balancer balancer = new Balancer(WORK, one, two)) {
                balancer.awaitBoth();
                long offer = jdbc.queryForObject("SELECT MIN(id) FROM `" + database
                        + "`.offer WHERE review_state = 'PUBLISHED'", Long.class);
                newcomers = new Newcomers(balancer.url(), offer);
                reading = Thread.ofPlatform().name("newcomers").start(newcomers);
                try {
                    // A provider signs in through the balancer and starts an offer.
                    page.navigate(balancer.url() + "/login");
                    settle();
                    submitPassword(PROVIDER, PROVIDER_PASSWORD);
                    page.waitForURL(u -> u.endsWith("/my"));
                    settle();
                    AppInstance providers = "app1".equals(stickyInstance()) ? one : two;
                    AppInstance others = providers == one ? two : one;
                    String word = TestOffers.uniqueWord();
                    page.getByText("Neues Angebot").first().click();
                    settle();
                    Locator german = page.locator("section.editor-language[lang=de]");
                    german.getByLabel("Titel").fill("Sprachcafé " + word);
                    german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("Deutsch üben bei Tee.");
                    german.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true))
                            .fill("Jeden Dienstag im Gemeindehaus.");
                    // Half a second after the last key the phone holds what was typed (decision 034).
                    page.waitForTimeout(1_500);

                    // Rolling deploy, first the provider's instance: stopped, started again, ready again.
                    long stoppedAt = System.nanoTime();
                    providers.stop();
                    providers.start();
                    providers.awaitReady();
                    newcomers.report("first instance replaced", stoppedAt);
                    // The provider's screen lived in the stopped instance: it starts anew on the other.
                    page.navigate(balancer.url() + "/my/offers/new");
                    settle();
                    if (page.url().contains("/login")) {
                        submitPassword(PROVIDER, PROVIDER_PASSWORD);
                        page.waitForURL(u -> !u.contains("/login"));
                        page.navigate(balancer.url() + "/my/offers/new");
                        settle();
                    }
                    page.locator(".draft-notice[role=status]").getByRole(AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Wiederherstellen")).click();
                    assertThat(german.getByLabel("Titel")).hasValue("Sprachcafé " + word);
                    assertThat(german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)"))
                            .hasValue("Deutsch üben bei Tee.");
                    // The provider completes the offer on the instance that now serves them.
                    pick("Bereich und Kategorie", "Sprache und Bildung – Sprachcafé");
                    pickFromList("Gemeinde", "Auenthal");
                    page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("+49 6621 555");
                    page.getByRole(AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Speichern und zur Prüfung einreichen")).click();
                    page.waitForURL(u -> u.endsWith("/my"));
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM `" + database + "`.offer_text WHERE title = ?",
                            Integer.class, "Sprachcafé " + word)).isEqualTo(1);

                    // Then the other instance.
                    stoppedAt = System.nanoTime();
                    others.stop();
                    others.start();
                    others.awaitReady();
                    newcomers.report("second instance replaced", stoppedAt);
                    Thread.sleep(2_500);

                    // One instance killed outright: HAProxy sends everyone to the other.
                    long killedAt = System.nanoTime();
                    others.kill();
                    Thread.sleep(5_000);
                    newcomers.report("one of two instances killed (kill -9)", killedAt);
                } finally {
                    // Before HAProxy goes: the last newcomer request finishes first.
                    newcomers.running.set(false);
                    reading.join();
                }
            }
        } finally {
            one.kill();
            two.kill();
            jdbc.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
        System.out.printf("Rolling deploy: %d newcomer requests through HAProxy, %d failed, slowest %d ms%n",
                newcomers.count.get(), newcomers.failures.size(), newcomers.slowestMs.get());
        assertThat(newcomers.count.get()).isGreaterThan(100);
        assertThat(newcomers.failures).as("newcomer requests that failed").isEmpty();
    }

    private String stickyInstance() {
        return context.cookies().stream().filter(c -> "WVO_INSTANCE".equals(c.name)).map(c -> c.value)
                .findFirst().orElse(null);
    }

    /** Newcomers reading server pages in Arabic through the balancer, one after another, all the time. */
    private static final class Newcomers implements Runnable {

        final String front;
        final List<String> paths;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger count = new AtomicInteger();
        final AtomicLong slowestMs = new AtomicLong();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Newcomers(String front, long offer) {
            this.front = front;
            this.paths = List.of("/", "/offers?block=education", "/offer/" + offer, "/events");
        }

        @Override
        public void run() {
            int i = 0;
            while (running.get()) {
                String path = paths.get(i++ % paths.size());
                long started = System.nanoTime();
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(front + path))
                            .timeout(Duration.ofSeconds(20)).header("Accept-Language", "ar").build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        failures.add(path + " " + answer.statusCode());
                    }
                } catch (IOException e) {
                    failures.add(path + " " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                count.incrementAndGet();
                slowestMs.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            }
        }

        void report(String what, long since) {
            System.out.printf("Rolling deploy: %s in %d ms; %d newcomer requests so far, %d failed, slowest %d ms%n",
                    what, (System.nanoTime() - since) / 1_000_000, count.get(), failures.size(), slowestMs.get());
        }
    }
}
