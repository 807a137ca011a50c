package de.willkommenvorort.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import de.willkommenvorort.support.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operations see (decision 029): health probes and Prometheus metrics on the management
 * port, nothing of them on the public port, and metrics whose tags name routes, not addresses.
 */
@AppTest
class ObservabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern URI_TAG = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Throttles throttles;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void readiness_needs_the_database_and_the_search_index_and_liveness_nothing_outside() throws Exception {
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode readiness = JSON.readTree(ready.body());
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").propertyNames()).as(ready.body())
                .contains("db", "readinessState", "searchIndex");
        assertThat(readiness.path("components").path("db").path("status").asString()).isEqualTo("UP");
        JsonNode index = readiness.path("components").path("searchIndex");
        assertThat(index.path("status").asString()).as(ready.body()).isEqualTo("UP");
        long published = jdbc.sql("SELECT COUNT(*) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
        assertThat(index.path("details").path("documents").asLong()).as("documents in the index").isPositive()
                .isLessThanOrEqualTo(published);

        HttpResponse<String> live = get(managementPort, "/actuator/health/liveness");
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        JsonNode liveness = JSON.readTree(live.body());
        assertThat(liveness.path("status").asString()).isEqualTo("UP");
        // A database or index that is away must not make anyone restart the app.
        assertThat(liveness.path("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void the_public_port_knows_nothing_of_the_management_endpoints() throws Exception {
        for (String path : List.of("/actuator", "/actuator/", "/actuator/health", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/env", "/actuator/heapdump", "/actuator/beans")) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.body()).as(path).isEmpty();
        }
    }

    @Test
    void the_management_port_serves_health_and_metrics_only() throws Exception {
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator/configprops",
                "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings", "/actuator/metrics", "/login", "/")) {
            HttpResponse<String> answer = get(managementPort, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void metrics_name_routes_searches_sessions_and_the_review_queue() throws Exception {
        long offer = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED' AND valid_until IS NULL")
                .query(Long.class).single();
        assertThat(get(port, "/offer/" + offer).statusCode()).isEqualTo(200);
        String words = "Fahrradwerkstatt" + System.nanoTime() % 1000;
        assertThat(get(port, "/offers?q=" + words).statusCode()).isEqualTo(200);
        // A Vaadin page (not a server page): it opens a session that lasts beyond the request.
        assertThat(get(port, "/login").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID="));

        Throttle once = throttles.of("observability-once", 1, Duration.ofMinutes(1));
        String key = "ip:192.0.2." + System.nanoTime() % 250;
        once.record(key);
        assertThat(once.blockedUntil(key)).isPresent();

        String metrics = get(managementPort, "/actuator/prometheus").body();

        Set<String> uris = new TreeSet<>();
        Matcher uri = URI_TAG.matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        assertThat(uris).as("uri tags").contains("/offer/{parameter}", "/offers");
        assertThat(uris).as("no address or id in a uri tag").noneMatch(tag -> tag.matches(".*/\\d+.*"));
        assertThat(metrics).as("words typed are never a tag").doesNotContain(words);
        assertThat(value(metrics, "wvo_search_seconds_count", "answer=\"searched\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("wvo_search_seconds_bucket{");
        assertThat(value(metrics, "wvo_vaadin_sessions", "")).isGreaterThanOrEqualTo(1);
        long waiting = jdbc.sql("SELECT COUNT(*) FROM offer WHERE review_state = 'SUBMITTED'").query(Long.class).single();
        assertThat(value(metrics, "wvo_review_queue", "")).as("submissions waiting").isEqualTo(waiting);
        assertThat(value(metrics, "wvo_review_queue_oldest_seconds", "")).isGreaterThanOrEqualTo(waiting > 0 ? 1 : 0);
        assertThat(value(metrics, "wvo_ready", "")).as("readiness as a metric").isEqualTo(1);
        long failedMail = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'FAILED'").query(Long.class).single();
        assertThat(value(metrics, "wvo_mail_failed", "")).as("mail given up on").isEqualTo(failedMail);
        assertThat(value(metrics, "wvo_mail_waiting", "")).isNotNegative();
        assertThat(value(metrics, "wvo_mail_delayed", "")).isNotNegative();
        assertThat(value(metrics, "wvo_throttle_refused_total", "throttle=\"sign-in-failure\"")).isNotNegative();
        assertThat(value(metrics, "wvo_throttle_refused_total", "throttle=\"observability-once\"")).isEqualTo(1);
        assertThat(metrics).as("throttle keys are never a tag").doesNotContain(key);
        assertThat(metrics).as("latency buckets for the p95 alerts")
                .contains("http_server_requests_seconds_bucket{").containsPattern("le=\"1\\.0\"");
    }

    /** The value of the first sample of a metric whose tags contain {@code tag}. */
    private static double value(String metrics, String name, String tag) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (sample.find()) {
            if (sample.group(1).contains(tag)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no sample of " + name + " with " + tag);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
