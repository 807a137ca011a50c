package de.willkommenvorort.database;

import java.nio.file.Path;

/** Stops and starts the tests' real MariaDB server (the one {@code @AppTest} runs on), as a restart would. */
public final class DatabaseProcess {

    private static final Path TEST_DB = Path.of("target/test-db");

    private DatabaseProcess() {
    }

    public static void stop() {
        server().stop();
    }

    public static void start() {
        server().startAgain();
    }

    private static EmbeddedMariaDb server() {
        return EmbeddedMariaDb.running(TEST_DB).orElseThrow(() -> new IllegalStateException("No MariaDB runs on " + TEST_DB));
    }
}
