package de.willkommenvorort.search;

import de.willkommenvorort.offer.Offer;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in the readiness probe ({@code searchIndex}): DOWN when the index cannot be
 * asked (the Lucene directory is unreadable, the Elasticsearch cluster does not answer within two
 * seconds) or while an empty index is being filled, when searches would miss most offers. A
 * rebuild an administrator starts replaces documents in place and searches find everything
 * meanwhile: the instance stays ready and the details say how far it got (decision 029).
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private static final long TIMEOUT_SECONDS = 2;

    private final SessionFactory sessions;
    private final SearchIndexing indexing;

    SearchIndexHealthIndicator(EntityManagerFactory entityManagerFactory, SearchIndexing indexing) {
        this.sessions = entityManagerFactory.unwrap(SessionFactory.class);
        this.indexing = indexing;
    }

    @Override
    public Health health() {
        SearchIndexing.Progress progress = indexing.current();
        if (indexing.filling()) {
            return Health.down().withDetail("rebuild", "filling an empty index")
                    .withDetail("percent", progress.percent()).build();
        }
        long documents;
        // A session of its own outside any transaction, as a search has: the index answers without the database.
        try (Session session = sessions.openSession()) {
            documents = Search.session(session).search(Offer.class).where(f -> f.matchAll())
                    .failAfter(TIMEOUT_SECONDS, TimeUnit.SECONDS).fetchTotalHitCount();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
        Health.Builder up = Health.up().withDetail("documents", documents);
        if (progress.running()) {
            up.withDetail("rebuild", "replacing documents in place").withDetail("percent", progress.percent());
        }
        return up.build();
    }
}
