package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import de.willkommenvorort.Application;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.ServedLanguagesOfContext;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the app on one database, as behind a load balancer: the tests' context and a
 * second, production-like context (no demo profile, its own search index, the same MariaDB and
 * mail server). What counts or runs once holds across them: throttles count together, a nightly
 * job one instance runs is skipped by the other, and mail written by one is delivered once though
 * both deliver.
 */
@AppTest
class TwoInstancesIT {

    private static ConfigurableApplicationContext second;
    /**
     * Each context installs Vaadin's security context holder as the JVM's, and its method security
     * reads its own: the first one's is put back after the start, the second's is used around calls
     * into the second instance.
     */
    private static SecurityContextHolderStrategy firstHolder;
    private static SecurityContextHolderStrategy secondHolder;

    @Autowired
    DataSource dataSource;
    @Autowired
    GreenMail greenMail;
    @Autowired
    Inbox inbox;
    @Autowired
    Throttles throttles;
    @Autowired
    OfferFreshness freshness;
    @Autowired
    LockProvider locks;
    @Autowired
    Mailer mailer;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestOffers testOffers;
    @Autowired
    ServedLanguages servedLanguages;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startTheSecondInstance() throws java.sql.SQLException {
        if (second == null) {
            firstHolder = SecurityContextHolder.getContextHolderStrategy();
            // The test helpers on the class path are scanned there too; they read the same mail server.
            second = new SpringApplicationBuilder(Application.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("inbox", inbox)).properties(
                    "spring.datasource.url=" + dataSource.unwrap(HikariDataSource.class).getJdbcUrl(),
                    "spring.datasource.username=root", "spring.datasource.password=",
                    "server.port=0", "management.server.port=0", "spring.jmx.enabled=false",
                    "wvo.search.index-dir=target/second-instance/search-index",
                    "spring.mail.host=localhost", "spring.mail.port=" + greenMail.getSmtp().getPort()).run();
            secondHolder = SecurityContextHolder.getContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(firstHolder);
            ServedLanguagesOfContext.use(servedLanguages);
        }
    }

    /** The first context's languages again, should anything of the second have registered its own. */
    @org.junit.jupiter.api.AfterEach
    void theFirstContextsLanguages() {
        ServedLanguagesOfContext.use(servedLanguages);
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            SecurityContextHolder.setContextHolderStrategy(firstHolder);
        }
    }

    /** Runs the second instance's nightly expiry and reminders, as its scheduler would. */
    private static void secondRunsNightly() {
        SecurityContextHolder.setContextHolderStrategy(secondHolder);
        try {
            second.getBean(OfferFreshness.class).nightly();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(firstHolder);
        }
    }

    @Test
    void throttles_count_the_attempts_made_on_both_instances_together() {
        String name = "two-instances-" + System.nanoTime();
        Throttle here = throttles.of(name, 3, Duration.ofMinutes(10));
        Throttle there = second.getBean(Throttles.class).of(name, 3, Duration.ofMinutes(10));
        String key = "ip:198.51.100." + System.nanoTime() % 250;
        here.record(key);
        there.record(key);
        assertThat(here.blockedUntil(key)).isEmpty();
        assertThat(there.blockedUntil(key)).isEmpty();
        here.record(key);
        // The third attempt was made here; the other instance refuses the fourth as well.
        assertThat(there.blockedUntil(key)).isPresent();
        assertThat(here.blockedUntil(key)).isPresent();
    }

    @Test
    void a_nightly_job_the_first_instance_runs_is_skipped_by_the_second() {
        // The job's lock row exists and is free. (ShedLock remembers the rows it created and then only
        // updates them; an earlier test may have deleted this one.)
        jdbc.update("INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by)"
                + " VALUES ('offer-freshness', NOW(3), NOW(3), 'test')");
        jdbc.update("UPDATE shedlock SET lock_until = NOW(3) - INTERVAL 1 SECOND");
        long due = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + TestOffers.uniqueWord()));
        jdbc.update("UPDATE offer SET valid_until = ? WHERE id = ?", LocalDate.now().minusDays(1), due);
        // This instance holds the job's lock, as it does while its nightly run is under way.
        SimpleLock held = locks.lock(new LockConfiguration(java.time.Instant.now(), "offer-freshness",
                Duration.ofMinutes(10), Duration.ZERO)).orElseThrow();
        try {
            secondRunsNightly();
            assertThat(state(due)).as("skipped by the second instance").isEqualTo("PUBLISHED");
        } finally {
            held.unlock();
        }
        secondRunsNightly();
        assertThat(state(due)).isEqualTo("EXPIRED");
        // Now the second instance holds it for at least five minutes: this one skips the night's run.
        jdbc.update("UPDATE offer SET valid_until = ?, review_state = 'PUBLISHED' WHERE id = ?",
                LocalDate.now().minusDays(1), due);
        freshness.nightly();
        assertThat(state(due)).isEqualTo("PUBLISHED");
        jdbc.update("DELETE FROM shedlock");
    }

    @Test
    void mail_written_on_one_instance_is_delivered_once_though_both_deliver() throws InterruptedException {
        List<String> addresses = IntStream.range(0, 12).mapToObj(i -> TestAccounts.uniqueEmail()).toList();
        TransactionTemplate inOne = new TransactionTemplate(transactions);
        inOne.executeWithoutResult(status -> addresses.forEach(address ->
                mailer.send(address, Language.SOURCE, "mail.exists", "Samira Test", "https://example.org/login",
                        "https://example.org/account/reset")));
        for (String address : addresses) {
            inbox.await(address, 1);
        }
        // Both instances poll every few seconds; give the second its turns, then count.
        Thread.sleep(12_000);
        for (String address : addresses) {
            assertThat(inbox.to(address)).as(address).hasSize(1);
        }
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT review_state FROM offer WHERE id = ?", String.class, id);
    }
}
