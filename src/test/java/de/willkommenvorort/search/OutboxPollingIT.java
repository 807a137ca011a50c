package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.TestMail;
import de.willkommenvorort.support.TestOffers;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The set-up of a county with several instances, as far as it can run here: Hibernate Search's
 * outbox-polling coordination on the real MariaDB (its tables from migration V12), so that a change
 * is written as an event in the offer's own transaction and an agent indexes it. Here the agent
 * feeds the embedded Lucene index; on several instances it feeds the shared Elasticsearch or
 * OpenSearch index, with the same mapping (see SearchMappingTest). A context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/test-db-outbox",
        "wvo.embedded-db.fresh=true",
        "management.server.port=0",
        "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100"
})
@ActiveProfiles("demo")
@Import(TestMail.class)
class OutboxPollingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The security context holder of the test run's other context, which this one's start replaces. */
    private static SecurityContextHolderStrategy others;

    @Autowired
    OfferSearch search;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    TestOffers testOffers;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void rememberTheOtherContextsSecurity() {
        others = SecurityContextHolder.getContextHolderStrategy();
    }

    /**
     * Each application context installs Vaadin's security context holder as the JVM's, and method
     * security checks against its own: give the shared test context back the one it checks against.
     */
    @AfterAll
    static void giveTheOtherContextItsSecurityBack() {
        SecurityContextHolder.setContextHolderStrategy(others);
    }

    @Test
    void changes_travel_through_the_outbox_into_the_index_and_an_agent_shares_the_work() {
        long published = jdbc.sql("SELECT COUNT(*) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class)
                .single();
        assertThat(within(() -> indexing.indexed() == published)).as("the demo county indexed through the outbox")
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hsearch_agent WHERE state = 'RUNNING'").query(Long.class).single())
                .isPositive();

        String word = TestOffers.uniqueWord();
        long id = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + word));
        assertThat(within(() -> search.count(OfferFilter.everything().withText(word), "de") == 1)).isTrue();

        SystemActor.run(() -> review.unpublish(id, version(id), RejectionReason.OUTDATED, "Findet nicht mehr statt"));
        assertThat(within(() -> search.count(OfferFilter.everything().withText(word), "de") == 0)).isTrue();
        assertThat(within(() -> jdbc.sql("SELECT COUNT(*) FROM hsearch_outbox_event").query(Long.class).single() == 0))
                .as("every event was processed").isTrue();
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM offer WHERE id = ?").param(id).query(Long.class).single();
    }

    private static boolean within(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
