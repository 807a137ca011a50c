package de.willkommenvorort.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import de.willkommenvorort.support.AppInstance;
import de.willkommenvorort.support.Balancer;
import de.willkommenvorort.support.TestMail;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Load as newcomers make it (issue 13): wrk (Debian's package) with {@code benchmark/newcomers.lua}
 * reads home → results → offer as complete HTML pages in eight languages, and every twentieth
 * request opens the interactive contact form (a Vaadin view, with a session). At 50, 200 and 1,000
 * open connections for 30 s each, first against one instance of the built jar, then against two
 * behind HAProxy ({@code ops/haproxy.cfg}); and the heap one open Vaadin session takes. A benchmark,
 * not a test: it prints its figures and appends them to target/benchmark.txt. Run with
 * {@code mvn -Pproduction,benchmark verify -Dit.test=LoadBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/bench-load-db",
        "wvo.embedded-db.fresh=true",
        "management.server.port=0"
})
@ActiveProfiles("demo")
@Import(TestMail.class)
class LoadBenchmark {

    private static final Path WORK = Path.of("target/load-benchmark");
    private static final int[] CONNECTIONS = {50, 200, 1000};
    private static final String DURATION = System.getProperty("bench.duration", "30s");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void newcomers_at_50_200_and_1000_connections_on_one_instance_and_on_two() throws Exception {
        Files.createDirectories(WORK);
        // The embedded server holds the demo county (this context loaded it); the jars use it as it is.
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        String offers = jdbc.queryForList("SELECT id FROM offer WHERE review_state = 'PUBLISHED' ORDER BY id",
                Long.class).stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> lines = new ArrayList<>();
        lines.add("Load (wrk, " + DURATION + " per level, newcomers.lua; " + Runtime.getRuntime().availableProcessors()
                + " processors shared by wrk, the app, MariaDB and HAProxy)");
        // -Dbench.profile=true records where the first instance spends its time (JDK Flight Recorder).
        String[] profile = Boolean.getBoolean("bench.profile")
                ? new String[] {"-Xmx1g", "-XX:StartFlightRecording=settings=profile,filename=" + WORK.toAbsolutePath()
                        .resolve("app1.jfr")}
                : new String[] {"-Xmx1g"};
        AppInstance one = new AppInstance("app1", WORK, url, "http://127.0.0.1", profile);
        AppInstance two = new AppInstance("app2", WORK, url, "http://127.0.0.1", "-Xmx1g");
        try {
            one.start();
            one.awaitReady();
            String direct = "http://127.0.0.1:" + one.port();
            lines.add(String.format("heap per open contact form (Vaadin session with its view): %.1f KB", heapPerSession(one, direct, offers.split(",")[0]) / 1024.0));
            wrk(direct, 50, "20s", offers);
            for (int connections : CONNECTIONS) {
                lines.add("one instance,  " + connections + " connections: " + wrk(direct, connections, DURATION, offers));
            }
            // -Dbench.instances=1 measures one instance only.
            if (Integer.getInteger("bench.instances", 2) >= 2) {
                two.start();
                two.awaitReady();
                try (Balancer balancer = new Balancer(WORK, one, two)) {
                    balancer.awaitBoth();
                    wrk("http://127.0.0.1:" + two.port(), 50, "20s", offers);
                    for (int connections : CONNECTIONS) {
                        lines.add("two instances, " + connections + " connections: "
                                + wrk(balancer.url(), connections, DURATION, offers));
                    }
                }
            }
            // Ended, not killed: the flight recording is written as the instance ends.
            one.stop();
        } finally {
            one.kill();
            two.kill();
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target/benchmark.txt"), lines, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Other sites reading the public API (issue 14, {@code benchmark/api.lua}): lists, one offer,
     * event dates, a search and the categories, at 50 and 200 connections on one instance, its
     * per-address limit lifted (wrk is one address). Run with {@code -Dit.test=LoadBenchmark#api*}.
     */
    @Test
    void api_clients_at_50_and_200_connections_on_one_instance() throws Exception {
        Files.createDirectories(WORK);
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        String offers = jdbc.queryForList("SELECT id FROM offer WHERE review_state = 'PUBLISHED' ORDER BY id",
                Long.class).stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> lines = new ArrayList<>();
        lines.add("API (wrk, " + DURATION + " per level, api.lua; " + Runtime.getRuntime().availableProcessors()
                + " processors shared by wrk, the app and MariaDB)");
        AppInstance one = new AppInstance("api1", WORK, url, "http://127.0.0.1", "-Xmx1g",
                "-Dwvo.api.requests-per-minute=1000000000");
        try {
            one.start();
            one.awaitReady();
            String direct = "http://127.0.0.1:" + one.port();
            wrk("api.lua", direct, 50, "20s", offers);
            for (int connections : new int[] {50, 200}) {
                lines.add("one instance, " + connections + " connections: "
                        + wrk("api.lua", direct, connections, DURATION, offers));
            }
        } finally {
            one.kill();
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target/benchmark.txt"), lines, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Office cards as PDF ({@code benchmark/cards.lua}): made, one connection asking for a card
     * nobody asked for before each time (every offer, then the next language); then kept, 50
     * connections asking for 10 offers' cards in 8 languages, made once in a warm-up. Run with
     * {@code -Dit.test=LoadBenchmark#office*}.
     */
    @Test
    void office_card_pdfs_made_and_kept() throws Exception {
        Files.createDirectories(WORK);
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        List<String> published = jdbc.queryForList("SELECT id FROM offer WHERE review_state = 'PUBLISHED' ORDER BY id",
                Long.class).stream().map(String::valueOf).toList();
        List<String> lines = new ArrayList<>();
        lines.add("Office card PDFs (wrk, cards.lua; " + Runtime.getRuntime().availableProcessors()
                + " processors shared by wrk, the app and MariaDB; " + published.size() + " published offers)");
        AppInstance one = new AppInstance("cards1", WORK, url, "http://127.0.0.1", "-Xmx1g");
        try {
            one.start();
            one.awaitReady();
            String direct = "http://127.0.0.1:" + one.port();
            String all = String.join(",", published);
            // The last 10 offers: the fonts are loaded on the first PDF, made in a one-second warm-up.
            String few = String.join(",", published.subList(Math.max(0, published.size() - 10), published.size()));
            wrk("cards.lua", direct, 1, "1s", few);
            lines.add("made, 1 connection: " + wrk("cards.lua", direct, 1, "20s", all));
            wrk("cards.lua", direct, 8, "10s", few);
            lines.add("kept, 50 connections: " + wrk("cards.lua", direct, 50, DURATION, few));
        } finally {
            one.kill();
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target/benchmark.txt"), lines, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String wrk(String base, int connections, String duration, String offers)
            throws IOException, InterruptedException {
        return wrk("newcomers.lua", base, connections, duration, offers);
    }

    /** Runs wrk with a script of benchmark/ and returns its RESULT line (requests/s, p50/p95/p99 in ms, errors). */
    private static String wrk(String scriptName, String base, int connections, String duration, String offers)
            throws IOException, InterruptedException {
        Path script = Path.of("src/test/resources/benchmark", scriptName).toAbsolutePath();
        // A thousand connections need more open files than the default 1,024: as many as allowed.
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "ulimit -n \"$(ulimit -Hn)\" && exec wrk -t" + Math.min(2, connections) + " -c" + connections
                + " -d" + duration + " --timeout 10s -s '" + script + "' '" + base + "'").redirectErrorStream(true);
        builder.environment().put("WVO_OFFERS", offers);
        builder.environment().put("WVO_SCRIPTS", script.getParent().toString());
        Process wrk = builder.start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return output.lines().filter(line -> line.startsWith("RESULT ")).map(line -> line.substring(7))
                .findFirst().orElseThrow(() -> new IllegalStateException("wrk said: " + output));
    }

    /**
     * The heap 300 contact forms add (each a Vaadin session with its view built, as a newcomer's
     * browser opens it: the page, then the script's request for the view), after a full collection
     * before and after, divided by 300.
     */
    private static double heapPerSession(AppInstance instance, String base, String offer) throws Exception {
        long before = heapAfterGc(instance);
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String view = "offer/" + offer + "/contact";
            browser.send(HttpRequest.newBuilder(URI.create(base + "/" + view)).header("Accept-Language", "ar")
                    .build(), HttpResponse.BodyHandlers.discarding());
            // What the browser's script asks next: the view itself, built in the session's UI.
            HttpResponse<String> init = browser.send(HttpRequest.newBuilder(URI.create(base
                    + "/?v-r=init&location=" + java.net.URLEncoder.encode(view, StandardCharsets.UTF_8) + "&query="))
                    .header("Accept-Language", "ar").build(), HttpResponse.BodyHandlers.ofString());
            if (init.statusCode() != 200 || !init.body().contains("\"changes\"")) {
                throw new IllegalStateException("the contact form was not built: " + init.statusCode() + " "
                        + init.body().substring(0, Math.min(300, init.body().length())));
            }
            browsers.add(browser);
        }
        long after = heapAfterGc(instance);
        return (after - before) / 300.0;
    }

    private static long heapAfterGc(AppInstance instance) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(instance.pid()), "GC.run").start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(instance.pid()), "GC.heap_info").start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        // "garbage-first heap   total reserved 1048576K, committed 262144K, used 81234K"
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(text);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said: " + text);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }
}
