package de.willkommenvorort.database;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.springframework.util.unit.DataSize;

/**
 * Answers kept for one generation of {@link CommittedChanges}: a key names the generation it was
 * built in, and once anything is committed (here or on another instance) every answer of an
 * earlier generation is one nobody gets again, so it is dropped to make room. Kept {@code life} at
 * the most and {@code size} in all (by the answers' weight); its hits and misses are metrics under
 * {@code name}. The newcomer pages ({@code base.PageCache}) and the open-data answers
 * ({@code api.ApiAnswers}) keep theirs here.
 *
 * @param <K> the key, which includes the generation it was read in (before building the answer)
 * @param <V> the kept answer
 */
public final class KeptPerGeneration<K, V> {

    private final AsyncCache<K, V> kept;
    private final CommittedChanges changes;
    private final ToLongFunction<K> generationOf;
    private volatile long generationKept = Long.MIN_VALUE;

    public KeptPerGeneration(CommittedChanges changes, ToLongFunction<K> generationOf, Duration life, DataSize size,
                             ToIntFunction<V> weight, MeterRegistry meters, String name) {
        this.changes = changes;
        this.generationOf = generationOf;
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(life)
                .maximumWeight(size.toBytes())
                .<K, V>weigher((key, value) -> weight.applyAsInt(value))
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(meters, kept.synchronous(), name);
    }

    /**
     * The generation now, to be read before an answer is built (a change committed meanwhile makes
     * it one nobody gets again); answers of older generations are dropped.
     */
    public long generation() {
        long generation = changes.generation();
        if (generation != generationKept) {
            generationKept = generation;
            kept.asMap().keySet().removeIf(key -> generationOf.applyAsLong(key) != generation);
        }
        return generation;
    }

    /** The kept answers; a future completed with null is not an answer (and leaves the cache). */
    public AsyncCache<K, V> answers() {
        return kept;
    }

    /**
     * The answer another request is building, waited for {@code seconds} at the most; null if it
     * is not one that is kept, failed, or takes longer (the caller then builds its own).
     */
    public static <V> V await(CompletableFuture<V> building, long seconds) throws IOException {
        try {
            return building.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for an answer being built", e);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
