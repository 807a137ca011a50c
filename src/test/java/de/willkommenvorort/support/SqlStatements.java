package de.willkommenvorort.support;

import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Hibernate sends on the calling thread, so that a test can show that a
 * list is read with as many queries for many rows as for few. Only the test's own thread counts:
 * the search index, jobs and the app's requests run on others.
 */
@Component
public class SqlStatements implements HibernatePropertiesCustomizer {

    private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(AvailableSettings.STATEMENT_INSPECTOR, (StatementInspector) sql -> {
            SENT.get()[0]++;
            return sql;
        });
    }

    /**
     * How many statements {@code work} sends on this thread the second time it runs: the first
     * may fill caches that read once (the served languages, say).
     */
    public static long sentBy(Runnable work) {
        work.run();
        long before = SENT.get()[0];
        work.run();
        return SENT.get()[0] - before;
    }
}
