package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.support.AppTest;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.AopTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Throttles counted in the database: what two instances of the app count together. */
@AppTest
class ThrottlesIT {

    @Autowired
    Throttles throttles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void two_instances_count_together_and_an_attempt_whose_transaction_fails_still_counts() {
        String key = "ip:203.0.113." + UUID.randomUUID();
        // The same throttle as each instance makes it at its start.
        Throttle here = throttles.of("test-sign-in", 3, Duration.ofMinutes(15));
        Throttle there = throttles.of("test-sign-in", 3, Duration.ofMinutes(15));
        here.record(key);
        there.record(key);
        assertThat(here.blockedUntil(key)).isEmpty();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            there.record(key);
            throw new IllegalStateException("the attempt fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(here.blockedUntil(key)).hasValueSatisfying(until ->
                assertThat(until).isBetween(clock.instant().plus(Duration.ofMinutes(14)),
                        clock.instant().plus(Duration.ofMinutes(15))));
        assertThat(there.blockedUntil("ip:198.51.100.7")).isEmpty();
        // Only the key's SHA-256 is kept, never the address itself.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE name = 'test-sign-in'"
                + " AND key_hash = UNHEX(SHA2(?, 256))").param(key).query(Integer.class).single()).isEqualTo(3);

        there.clear(key);
        assertThat(here.blockedUntil(key)).isEmpty();
    }

    @Test
    void events_past_the_window_no_longer_count_and_are_deleted() {
        String key = "account:" + UUID.randomUUID() + "@example.org";
        Throttle throttle = throttles.of("test-old", 1, Duration.ofHours(1));
        // Older than the longest window of all (a day: messages and reports per offer).
        long twoDaysAgo = clock.instant().minus(Duration.ofDays(2)).toEpochMilli();
        jdbc.sql("INSERT INTO throttle_event (name, key_hash, at_ms) VALUES ('test-old', UNHEX(SHA2(?, 256)), ?)")
                .params(key, twoDaysAgo).update();
        assertThat(throttle.blockedUntil(key)).isEmpty();

        // The job itself, past its scheduler lock (which another run of it may hold at this moment).
        AopTestUtils.<Throttles>getUltimateTargetObject(throttles).forgetOld();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE name = 'test-old' AND at_ms <= ?")
                .param(twoDaysAgo).query(Integer.class).single()).isZero();
        throttle.record(key);
        assertThat(throttle.blockedUntil(key)).isPresent();
    }
}
