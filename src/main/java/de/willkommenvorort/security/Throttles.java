package de.willkommenvorort.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttles' events, in the table {@code throttle_event}: every instance counts them
 * together. An event is written in a transaction of its own, so that an attempt that fails (and
 * rolls its caller's transaction back) still counts. Keys are stored as their SHA-256 only. Events
 * older than the longest window are deleted every hour, on one instance. Each refused attempt is
 * counted for Prometheus by the throttle's name ({@code wvo_throttle_refused_total}), never by key.
 */
@Component
public class Throttles {

    /** How many events of a key a window holds, and the oldest of them. */
    record Recent(int count, Instant oldest) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private final Map<String, Duration> windows = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();

    Throttles(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A throttle by name: instances that make the same one share its count. */
    public Throttle of(String name, int limit, Duration window) {
        windows.merge(name, window, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        // Made with the throttle, so that the series is there (at 0) before the first refusal.
        refused.computeIfAbsent(name, this::refusedCounter);
        return new Throttle(name, limit, window, this);
    }

    private Counter refusedCounter(String name) {
        return Counter.builder("wvo.throttle.refused")
                .description("Attempts refused because a throttle's limit was reached (a sign-in, a registration, a message …)")
                .tag("throttle", name).register(meters);
    }

    /** An attempt was refused: counted by the throttle's name only, the key is nobody's business. */
    void refused(String name) {
        refused.computeIfAbsent(name, this::refusedCounter).increment();
    }

    Recent recent(String name, String key, Duration window) {
        long since = clock.instant().minus(window).toEpochMilli();
        return jdbc.sql("SELECT COUNT(*), MIN(at_ms) FROM throttle_event WHERE name = ? AND key_hash = ? AND at_ms > ?")
                .params(name, hash(key), since)
                .query((rs, n) -> new Recent(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))).single();
    }

    void record(String name, String key) {
        own.executeWithoutResult(status -> jdbc.sql("INSERT INTO throttle_event (name, key_hash, at_ms) VALUES (?, ?, ?)")
                .params(name, hash(key), clock.instant().toEpochMilli()).update());
    }

    void clear(String name, String key) {
        own.executeWithoutResult(status -> jdbc.sql("DELETE FROM throttle_event WHERE name = ? AND key_hash = ?")
                .params(name, hash(key)).update());
    }

    void clearAll(String name) {
        own.executeWithoutResult(status -> jdbc.sql("DELETE FROM throttle_event WHERE name = ?").param(name).update());
    }

    /** Deletes the events every window has passed. */
    @Scheduled(cron = "${wvo.throttle.cleanup:0 7 * * * *}")
    @SchedulerLock(name = "throttle-cleanup", lockAtMostFor = "PT10M")
    public void forgetOld() {
        Duration longest = windows.values().stream().max(Duration::compareTo).orElse(Duration.ofDays(1));
        jdbc.sql("DELETE FROM throttle_event WHERE at_ms < ?")
                .param(clock.instant().minus(longest).toEpochMilli()).update();
    }

    private static byte[] hash(String key) {
        return HexFormat.of().parseHex(SecureTokens.sha256(key));
    }
}
