package de.willkommenvorort.report;

import de.willkommenvorort.offer.NothingFound;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps searches that found nothing, for the county's overview of where help is missing: what was
 * searched and the day only, never the time, the address or anything else about the newcomer.
 */
@Component
class FoundNothingLog {

    /** The longest search text kept. */
    static final int QUERY_MAX = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    FoundNothingLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(NothingFound search) {
        jdbc.sql("""
                        INSERT INTO found_nothing (searched_on, query, building_block, municipality_id, language)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(LocalDate.now(clock),
                        search.query().map(q -> q.length() > QUERY_MAX ? q.substring(0, QUERY_MAX) : q).orElse(null),
                        search.block().map(Enum::name).orElse(null),
                        search.municipalityId().orElse(null),
                        search.language())
                .update();
    }
}
