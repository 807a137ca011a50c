package de.willkommenvorort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the built jar in a process of its own, as production runs it: against an external
 * MariaDB, on its own public and management port, with its own search index; its log in
 * {@code <work>/<name>.log}. For the rolling-deploy test and the load benchmark.
 */
public final class AppInstance {

    private final String name;
    private final Path work;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final int port;
    private final int management;
    private Process process;

    /** {@code databaseUrl}: a JDBC URL; the demo profile loads the demo county into an empty database. */
    public AppInstance(String name, Path work, String databaseUrl, String publicUrl, String... jvmOptions) {
        this.name = name;
        this.work = work;
        this.port = freePort();
        this.management = freePort();
        this.jvmOptions = List.of(jvmOptions);
        this.environment = Map.of("SPRING_DATASOURCE_URL", databaseUrl, "SPRING_DATASOURCE_USERNAME", "root",
                "SPRING_DATASOURCE_PASSWORD", "", "SPRING_PROFILES_ACTIVE", "demo",
                "PORT", String.valueOf(port), "MANAGEMENT_PORT", String.valueOf(management),
                "WVO_SEARCH_INDEX_DIR", work.resolve(name).resolve("search-index").toAbsolutePath().toString(),
                "WVO_PUBLIC_URL", publicUrl);
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return management;
    }

    public long pid() {
        return process.pid();
    }

    public void start() throws IOException {
        Files.createDirectories(work.resolve(name));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (PrecompiledFunctions.LEARNING) {
            command.add("-Dwvo.csp.learn=true");
        }
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        builder.environment().putAll(environment);
        // Without a mail server the demo profile writes mail to the log.
        builder.environment().remove("SPRING_MAIL_HOST");
        process = builder.start();
    }

    /** Until the readiness probe answers 200 (database and search index ready), at most four minutes. */
    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < until) {
            assertThat(process.isAlive()).as(name + " runs (see " + work.resolve(name + ".log") + ")").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not become ready in four minutes");
    }

    /** What a deploy does: SIGTERM; the instance finishes the requests it serves, then ends. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " stopped within 60 s").isTrue();
        }
    }

    /** {@code kill -9}: the instance is gone at once. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** The built jar ({@code mvn verify} builds it before the integration tests). */
    public static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("willkommen-vor-ort-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No jar in target/: `mvn verify` builds it before the integration tests"));
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
