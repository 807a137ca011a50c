package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly jobs with several instances on one database: a job another instance runs (its lock
 * row in {@code shedlock}) is skipped here, and runs here once that lock is free.
 */
@AppTest
class ScheduledJobsIT {

    @Autowired
    OfferFreshness freshness;
    @Autowired
    EventSeries eventSeries;
    @Autowired
    TestOffers testOffers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void freeTheLocks() {
        jdbc.update("DELETE FROM shedlock");
    }

    @Test
    void the_expiry_another_instance_is_running_is_skipped_here_and_runs_here_once_its_lock_is_free() {
        long due = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + TestOffers.uniqueWord()));
        jdbc.update("UPDATE offer SET valid_until = ? WHERE id = ?", LocalDate.now().minusDays(1), due);
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                + " VALUES ('offer-freshness', NOW(3) + INTERVAL 10 MINUTE, NOW(3), 'instance-b')");

        freshness.nightly();
        assertThat(state(due)).isEqualTo("PUBLISHED");

        jdbc.update("UPDATE shedlock SET lock_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'offer-freshness'");
        freshness.nightly();
        assertThat(state(due)).isEqualTo("EXPIRED");
        // Held on after the run: an instance whose clock is a little late skips the night's run.
        assertThat(jdbc.queryForObject("SELECT locked_by <> 'instance-b' AND lock_until > NOW(3) + INTERVAL 4 MINUTE"
                + " FROM shedlock WHERE name = 'offer-freshness'", Boolean.class)).isTrue();
    }

    @Test
    void the_event_series_are_rolled_forward_under_a_lock_of_their_own() {
        eventSeries.nightly();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'event-series'"
                + " AND lock_until > NOW(3) + INTERVAL 4 MINUTE", Integer.class)).isEqualTo(1);
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT review_state FROM offer WHERE id = ?", String.class, id);
    }
}
