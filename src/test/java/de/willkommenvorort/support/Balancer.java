package de.willkommenvorort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** HAProxy (Debian's package) with the repository's {@code ops/haproxy.cfg} in front of two instances. */
public final class Balancer implements AutoCloseable {

    private final int port = AppInstance.freePort();
    private final Process process;

    public Balancer(Path work, AppInstance one, AppInstance two) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", "ops/haproxy.cfg")
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile());
        builder.environment().putAll(Map.of("WVO_HAPROXY_BIND", "127.0.0.1:" + port,
                "WVO_APP1", "127.0.0.1:" + one.port(), "WVO_APP1_CHECK", String.valueOf(one.managementPort()),
                "WVO_APP2", "127.0.0.1:" + two.port(), "WVO_APP2_CHECK", String.valueOf(two.managementPort())));
        process = builder.start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Until HAProxy sends requests to both instances (their checks passed). */
    public void awaitBoth() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> seen = new HashSet<>();
        while (seen.size() < 2 && System.nanoTime() < until) {
            assertThat(process.isAlive()).as("haproxy runs").isTrue();
            try {
                http.send(HttpRequest.newBuilder(URI.create(url() + "/login")).build(),
                                HttpResponse.BodyHandlers.discarding()).headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("WVO_INSTANCE=")).forEach(c -> seen.add(c.substring(13, c.indexOf(';'))));
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        assertThat(seen).as("instances HAProxy sends requests to").containsExactlyInAnyOrder("app1", "app2");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
