package de.willkommenvorort.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The generation of what the app keeps: a number that moves whenever a change is committed. On
 * this instance it moves at once (Hibernate's post-commit events of the app's entities, or
 * {@link #changed()} for what is written past Hibernate); other instances learn of it within about
 * two seconds through the {@code change_counter} row, which an instance that changed something
 * counts up and every instance reads each second. For a few seconds after a change the generation
 * moves every second, so that what was derived while the change was still settling (a search index
 * that applies it a moment later, a page rendered in between) is not kept either. What keeps answers
 * derived from the data (rendered pages, search answers, the served languages) keeps them for one
 * generation (docs/decisions/035).
 */
@Component
public class CommittedChanges implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private static final Logger log = LoggerFactory.getLogger(CommittedChanges.class);
    /** Only the app's own entities count; Hibernate Search's bookkeeping rows, for one, do not. */
    private static final String APP_ENTITIES = "de.willkommenvorort.";
    private static final ClassValue<Boolean> COUNTS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> entity) {
            return entity.getName().startsWith(APP_ENTITIES) && !entity.isAnnotationPresent(NeverPublic.class);
        }
    };
    /** How long after a change the generation keeps moving each second. */
    private static final long SETTLING_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    /** This instance committed something the others have not been told of yet. */
    private final AtomicBoolean untold = new AtomicBoolean();
    private volatile long lastChange = System.nanoTime() - SETTLING_NANOS;
    private volatile long counted = Long.MIN_VALUE;

    CommittedChanges(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
        this.jdbc = jdbc;
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /** The current generation: anything derived in an earlier one may be out of date. */
    public long generation() {
        return generation.get();
    }

    /** A change was committed past Hibernate (plain SQL): everything derived is out of date. */
    public void changed() {
        untold.set(true);
        moved();
    }

    private void moved() {
        lastChange = System.nanoTime();
        generation.incrementAndGet();
    }

    /**
     * Tells the other instances of this one's changes and learns of theirs. Runs on every instance
     * (no scheduler lock). While the database is away nothing can change, so nothing is missed:
     * an untold change is told when it is back.
     */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void share() {
        try {
            if (untold.getAndSet(false)) {
                try {
                    jdbc.sql("UPDATE change_counter SET generation = generation + 1 WHERE id = 1").update();
                } catch (DataAccessException e) {
                    untold.set(true);
                    throw e;
                }
            }
            long now = jdbc.sql("SELECT generation FROM change_counter WHERE id = 1").query(Long.class).single();
            long before = counted;
            counted = now;
            if (before != Long.MIN_VALUE && before != now) {
                moved();
            } else if (System.nanoTime() - lastChange < SETTLING_NANOS) {
                generation.incrementAndGet();
            }
        } catch (DataAccessException e) {
            log.debug("Changes of other instances not read: {}", e.getMessage());
        }
    }

    private void committed(EntityPersister persister) {
        if (COUNTS.get(persister.getMappedClass())) {
            changed();
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        committed(event.getPersister());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        committed(event.getPersister());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        committed(event.getPersister());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // Nothing was written: everything derived still holds.
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // Nothing was written: everything derived still holds.
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // Nothing was written: everything derived still holds.
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
