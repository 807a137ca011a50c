package de.willkommenvorort.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.willkommenvorort.offer.OfferFilter;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The answers to the searches of the last second, as the results page asks them (the same words,
 * filters, language and page on the same day): when many newcomers look for the same thing at once
 * ("Deutschkurs" on the day a bus arrives), the engine answers it once a second, not for each of
 * them. An answer is forgotten as soon as anything the app keeps is committed through it (an offer
 * published, changed, unpublished; a category renamed), so a change is found at once here; and
 * after {@code wvo.search.result-cache} at the latest (one second), which bounds what another
 * instance's change or a rebuild can leave behind. Zero turns the cache off.
 */
@Component
class RecentSearches implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private static final int MAX_ANSWERS = 10_000;

    /** A search as the results page asks it. */
    record Asked(OfferFilter filter, String language, int from, int size, LocalDate today) {
    }

    /** A search in one generation of what the app keeps: a change makes it a search nobody asks again. */
    private record Key(Asked asked, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Optional<Cache<Key, FoundOffers>> answers;

    RecentSearches(EntityManagerFactory entityManagerFactory,
                   @Value("${wvo.search.result-cache:1s}") Duration life) {
        this.answers = life.isZero() || life.isNegative() ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().maximumSize(MAX_ANSWERS).expireAfterWrite(life).build());
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /**
     * The answer of the last second to the same search, else {@code search}'s, kept for the next.
     * Searches asked at once wait for the one that runs it, rather than all running it.
     */
    FoundOffers answer(Asked asked, Supplier<FoundOffers> search) {
        if (answers.isEmpty()) {
            return search.get();
        }
        // Read before searching: a change committed meanwhile makes this answer one nobody reuses.
        return answers.get().get(new Key(asked, generation.get()), key -> search.get());
    }

    /** Forgets every answer: something searches depend on has changed. */
    void forget() {
        generation.incrementAndGet();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        forget();
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        forget();
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        forget();
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // Nothing was written: every answer still holds.
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // Nothing was written: every answer still holds.
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // Nothing was written: every answer still holds.
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
