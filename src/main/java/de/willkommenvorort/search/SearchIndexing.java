package de.willkommenvorort.search;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.search.internal.SearchFields;
import de.willkommenvorort.security.AppRoles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index as a whole. Every change of an offer reaches the index in the transaction that
 * makes it; a full rebuild is needed only when the index is lost (it then runs at start by itself,
 * with Hibernate Search's mass indexer) or when offers were changed in the database behind the
 * app's back, and an administrator starts it at {@code /staff/search}. That rebuild replaces each
 * published offer's document in place, batch by batch, and takes out what is no longer published
 * at the end: searches keep finding everything meanwhile.
 */
@Service
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int BATCH = 200;

    /** Where a rebuild stands: running or not, documents done of all, when, and how it ended. */
    public record Progress(boolean running, long done, long total, Optional<Instant> started,
                           Optional<Instant> finished, Optional<String> failure) {

        static final Progress NEVER = new Progress(false, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());

        /** Done in per cent, 0–100. */
        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final PublicOffers offers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CommittedChanges changes;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);
    /** Whether the running rebuild fills an empty index (searches find little meanwhile). */
    private volatile boolean filling;

    SearchIndexing(EntityManagerFactory entityManagerFactory, PublicOffers offers, AuditLog audit,
                   TransactionTemplate transaction, JdbcClient jdbc, Clock clock, CommittedChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.offers = offers;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * At start: a missing or empty index while offers are published is rebuilt, in the background.
     * With outbox-polling coordination an index is not missing while changes are still on their way
     * to it through the outbox (a first start of several instances). An index written before its
     * fields changed (an update of the app) is as good as missing: replaced in place.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfMissing() {
        long indexed = indexed();
        int published = offers.publishedIds().size();
        if (indexed == 0 && published > 0 && !changesUnderway()) {
            log.warn("The search index is empty but {} offers are published: rebuilding it", published);
            begin(true);
            return;
        }
        long older = indexed - writtenByThisMapping();
        if (older > 0) {
            // Written before the fields changed: replaced in place, searches go on meanwhile.
            log.warn("{} of {} documents in the search index were written by an older mapping: rebuilding it",
                    older, indexed);
            begin(false);
        }
    }

    private long writtenByThisMapping() {
        return transaction.execute(status -> Search.session(entityManager).search(Offer.class)
                .where(f -> f.match().field(SearchFields.MAPPING).matching(SearchFields.MAPPING_VERSION))
                .fetchTotalHitCount());
    }

    /** Starts a rebuild unless one is running; the administrator's action is on the audit trail. */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public boolean rebuild() {
        if (!begin(false)) {
            return false;
        }
        transaction.executeWithoutResult(status -> audit.record(CurrentAccount.actor(), "SEARCH_INDEX_REBUILT",
                "search", null, "offers indexed before: " + indexed()));
        return true;
    }

    @Secured("ROLE_" + AppRoles.ADMIN)
    public Progress progress() {
        return progress.get();
    }

    /** The progress as the health check reads it, without a person's rights. */
    Progress current() {
        return progress.get();
    }

    /** Whether an empty index is being filled: until it is done, searches miss what is not yet in it. */
    boolean filling() {
        return filling && progress.get().running();
    }

    private boolean changesUnderway() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hsearch_outbox_event)").query(Boolean.class).single();
    }

    /** How many offers the index holds. */
    public long indexed() {
        return transaction.execute(status -> Search.session(entityManager).search(Offer.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
    }

    private synchronized boolean begin(boolean empty) {
        if (progress.get().running()) {
            return false;
        }
        filling = empty;
        progress.set(new Progress(true, 0, 0, Optional.of(clock.instant()), Optional.empty(), Optional.empty()));
        runner.submit(() -> run(empty));
        return true;
    }

    private void run(boolean empty) {
        Instant started = clock.instant();
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try {
            if (empty) {
                fill(done, total, started);
            } else {
                replace(done, total, started);
            }
            long removed = removeUnpublished();
            progress.set(new Progress(false, done.get(), Math.max(total.get(), done.get()), Optional.of(started),
                    Optional.of(clock.instant()), Optional.empty()));
            log.info("Search index rebuilt: {} offers in {} s, {} no longer published taken out", done.get(),
                    Duration.between(started, clock.instant()).toSeconds(), removed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(started, done, total, e);
        } catch (RuntimeException e) {
            fail(started, done, total, e);
        } finally {
            // The index was written behind the entities' back: no search answer or page of before holds.
            changes.changed();
        }
    }

    /** Fills an empty index with Hibernate Search's mass indexer, the fastest way. */
    private void fill(AtomicLong done, AtomicLong total, Instant started) throws InterruptedException {
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Offer.class).massIndexer()
                .purgeAllOnStart(true)
                .mergeSegmentsOnFinish(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .monitor(new Monitor(done, total, started));
        indexer.type(Offer.class).reindexOnly("e.reviewState = :state").param("state", ReviewState.PUBLISHED);
        indexer.startAndWait();
    }

    /** Replaces the document of every published offer, a batch per transaction. */
    private void replace(AtomicLong done, AtomicLong total, Instant started) {
        List<Long> ids = List.copyOf(offers.publishedIds().keySet());
        total.set(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            transaction.executeWithoutResult(status -> {
                SearchSession session = Search.session(entityManager);
                entityManager.unwrap(Session.class).findMultiple(Offer.class, batch).stream()
                        .filter(java.util.Objects::nonNull).forEach(offer -> session.indexingPlan().addOrUpdate(offer));
            });
            done.addAndGet(batch.size());
            progress.set(new Progress(true, done.get(), total.get(), Optional.of(started), Optional.empty(),
                    Optional.empty()));
        }
        // Every document was replaced: merge the segments the replacements left, for faster searches.
        Search.mapping(entityManagerFactory).scope(Offer.class).workspace().mergeSegments();
    }

    private void fail(Instant started, AtomicLong done, AtomicLong total, Exception e) {
        log.error("Rebuilding the search index failed", e);
        progress.set(new Progress(false, done.get(), total.get(), Optional.of(started), Optional.of(clock.instant()),
                Optional.of(String.valueOf(e.getMessage()))));
    }

    /** Takes out of the index what is in it but no longer published (the rebuild only adds). */
    private long removeUnpublished() {
        Set<Long> published = new HashSet<>(offers.publishedIds().keySet());
        return transaction.execute(status -> {
            SearchSession session = Search.session(entityManager);
            List<Long> indexed = session.search(Offer.class).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                    .fetchAllHits();
            long removed = 0;
            for (Long id : indexed) {
                if (!published.contains(id)) {
                    session.indexingPlan().purge(Offer.class, id, null);
                    removed++;
                }
            }
            return removed;
        });
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    /** Counts what the mass indexer did, for the progress an administrator watches. */
    private final class Monitor implements MassIndexingMonitor {
        private final AtomicLong done;
        private final AtomicLong total;
        private final Instant started;

        Monitor(AtomicLong done, AtomicLong total, Instant started) {
            this.done = done;
            this.total = total;
            this.started = started;
        }

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            context.totalCount().ifPresent(total::addAndGet);
            publish();
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void documentsIndexed(long increment) {
                }

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext context) {
                    context.totalCount().ifPresent(count -> {
                        total.set(count);
                        publish();
                    });
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext context) {
                }
            };
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
            publish();
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }

        private void publish() {
            progress.set(new Progress(true, done.get(), total.get(), Optional.of(started), Optional.empty(),
                    Optional.empty()));
        }
    }
}
