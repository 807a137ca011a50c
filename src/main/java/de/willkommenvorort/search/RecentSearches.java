package de.willkommenvorort.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.offer.OfferFilter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The answers to the searches of the last second, as the results page asks them (the same words,
 * filters, language and page on the same day): when many newcomers look for the same thing at once
 * ("Deutschkurs" on the day a bus arrives), the engine answers it once a second, not for each of
 * them. An answer is kept for one generation of {@link CommittedChanges}: an offer published,
 * changed or unpublished, a category renamed makes it one nobody asks again, at once on this
 * instance; and it is kept for {@code wvo.search.result-cache} at the most (one second), which
 * bounds what a rebuild can leave behind. Zero turns the cache off.
 */
@Component
class RecentSearches {

    private static final int MAX_ANSWERS = 10_000;

    /** A search as the results page asks it. */
    record Asked(OfferFilter filter, String language, int from, int size, LocalDate today) {
    }

    /** A search in one generation of what the app keeps: a change makes it a search nobody asks again. */
    private record Key(Asked asked, long generation) {
    }

    private final CommittedChanges changes;
    private final Optional<Cache<Key, FoundOffers>> answers;

    RecentSearches(CommittedChanges changes, @Value("${wvo.search.result-cache:1s}") Duration life) {
        this.changes = changes;
        this.answers = life.isZero() || life.isNegative() ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().maximumSize(MAX_ANSWERS).expireAfterWrite(life).build());
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
        return answers.get().get(new Key(asked, changes.generation()), key -> search.get());
    }
}
