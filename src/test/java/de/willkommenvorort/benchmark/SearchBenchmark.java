package de.willkommenvorort.benchmark;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.search.OfferSearch;
import de.willkommenvorort.search.SearchIndexing;
import de.willkommenvorort.search.internal.SearchFields;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.TestMail;
import de.willkommenvorort.support.TestOffers;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search under load, a benchmark (it asserts nothing and prints what it measured, also to
 * target/benchmark.txt): the demo county, then 10,000 and 100,000 published offers with texts in
 * twelve languages; what the results page asks per search (count + first 20 cards with marks,
 * from the index and the database), one at a time and from 50 searches at once; how long the index
 * takes to build, what heap and disk it takes, and how soon a change made through the app is found.
 * Run: {@code mvn -Pproduction,benchmark verify -Dit.test=SearchBenchmark}. To measure again on the
 * county and index a previous run left behind, without generating and indexing anew:
 * {@code -Dit.test='SearchBenchmark#a_hundred_thousand_offers' -Dbench.fresh=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wvo.embedded-db.data-dir=target/bench-search-db",
        "wvo.embedded-db.fresh=${bench.fresh:true}",
        "management.server.port=0"
})
@ActiveProfiles("demo")
@Import(TestMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchBenchmark {

    /** What newcomers type, as the relevance set has it: exact, misspelt, in their own language. */
    private static final String[] QUERIES = {
            "Deutschkurs", "Beratung", "Kita", "Fußball", "Sprachcafe", "Bewerbung", "Anerkennung", "Frauen",
            "Integrazionskurs", "Hausaufgaben", "دورة", "استشارة", "مشاوره", "курси", "консультація", "language course",
            "counselling", "Schwimmen Frauen", "Jobcenter", "джобцентр"
    };
    private static final String[] LANGUAGES = {"ar", "de", "uk", "fa", "en"};
    private static final int CONCURRENT = 50;

    @Autowired
    OfferSearch search;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TestOffers testOffers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate batches;
    @Autowired
    TransactionTemplate transaction;
    @Value("${wvo.search.index-dir}")
    Path indexDir;
    @Value("${wvo.search.result-cache}")
    java.time.Duration resultCache;

    @Test
    @Order(1)
    void the_demo_county() throws Exception {
        BenchmarkReport.line("Search, demo county (%d published offers):", published());
        latencies("demo county");
        BenchmarkReport.line("Search, demo county: a change made through the app is found %s", changeFound());
    }

    @Test
    @Order(2)
    void ten_thousand_offers() throws Exception {
        grow(10_000);
    }

    @Test
    @Order(3)
    void a_hundred_thousand_offers() throws Exception {
        grow(100_000);
    }

    /** Adds generated offers up to {@code total}, rebuilds the index from empty, measures. */
    private void grow(int total) throws Exception {
        int toAdd = total - (int) published();
        if (toAdd <= 0 && indexed() >= total) {
            long started = System.nanoTime();
            waitForRebuild(); // an index of an older mapping is replaced at start
            BenchmarkReport.line("Search, %,d offers: county and index of an earlier run (waited %,d s for a rebuild at"
                    + " start)", total, seconds(started));
            latencies(String.format("%,d offers", total));
            return;
        }
        long started = System.nanoTime();
        GeneratedCounty.generate(jdbc, batches, transaction, toAdd, total);
        BenchmarkReport.line("Search, %,d offers: generated %,d offers with texts in 12 languages in %,d s", total, toAdd,
                seconds(started));
        long heapBefore = BenchmarkReport.liveHeap();
        // As at a start with the index lost: emptied, then filled by the mass indexer.
        Search.mapping(entityManagerFactory).scope(Offer.class).workspace().purge();
        started = System.nanoTime();
        indexing.rebuildIfMissing();
        waitForRebuild();
        long build = seconds(started);
        BenchmarkReport.line("Search, %,d offers: index built from empty in %,d s (%,d offers indexed); index on disk %,d MB;"
                        + " live heap %,d MB with it open (%,d MB before the build)", total, build, indexing.indexed(),
                diskBytes() / 1_000_000, BenchmarkReport.liveHeap() / 1_000_000, heapBefore / 1_000_000);
        latencies(String.format("%,d offers", total));
        BenchmarkReport.line("Search, %,d offers: a change made through the app is found %s", total, changeFound());
    }

    /**
     * One at a time, then 4, 10 and 50 searches at once (50 threads searching without pause), as
     * an app that has been running for a while meets them: once the JIT has compiled what searches
     * run (for the first half minute after a start it takes one of the two cores).
     */
    private void latencies(String county) throws Exception {
        BenchmarkReport.line("Search, %s: searched %s before measuring", county, warmUp());
        BenchmarkReport.line("Search, %s: one at a time %s", county, times(1, 400, this::searchOnce));
        BenchmarkReport.line("Search, %s: one at a time, the slowest queries: %s", county, slowest());
        for (int threads : new int[] {4, 10, CONCURRENT}) {
            BenchmarkReport.line("Search, %s: %d at once %s", county, threads,
                    times(threads, Math.max(40, 400 / threads), this::searchOnce));
        }
        BenchmarkReport.line("Search, %s: the engine alone, %d at once %s", county, CONCURRENT,
                times(CONCURRENT, 20, this::engineOnce).replace("count + first 20 cards with marks", ENGINE_ONLY));
    }

    /**
     * Searches as measured (4, then 50 threads) for a minute and a half at least, and until the JIT
     * compiles little more: under 2 % of the time in three rounds in a row, at most five minutes;
     * how long and how many. On two cores
     * the compiler takes one of them for the first minute or two after a start, and it keeps
     * compiling in bursts as the searches' paths settle: stopping at the first quiet round measured
     * some of those bursts as search time.
     */
    private String warmUp() throws Exception {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        int searches = 0;
        int quiet = 0;
        do {
            long compiled = jit.getTotalCompilationTime();
            long round = System.nanoTime();
            int threads = searches < 4_000 ? 4 : CONCURRENT;
            times(threads, 1000 / threads, this::searchOnce);
            searches += 1000;
            long compiling = jit.getTotalCompilationTime() - compiled;
            quiet = compiling * 1_000_000L < (System.nanoTime() - round) / 50 ? quiet + 1 : 0;
        } while ((quiet < 3 || System.nanoTime() - started < 90_000_000_000L)
                && System.nanoTime() - started < 300_000_000_000L);
        return String.format("%,d times in %,d s, until the JIT had compiled what they run", searches,
                seconds(started));
    }

    private static final String ENGINE_ONLY = "the least a search can ask: one word in the German title, summary and"
            + " description, count + ids of the first 20, no cards, no database";

    /** The floor under any search here: the engine asked the least, without cards or database. */
    private void engineOnce(int i) {
        String word = QUERIES[i % QUERIES.length];
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).search(Offer.class).select(f -> f.id(Long.class))
                    .where(f -> f.match().field(SearchFields.title("de")).field(SearchFields.summary("de"))
                            .field(SearchFields.description("de")).matching(word))
                    .totalHitCountThreshold(1000).fetch(20);
        }
    }

    /** Runs {@code each} searches on each of {@code threads} threads after a warm-up; latencies of all. */
    private String times(int threads, int each, IntConsumer search) throws Exception {
        for (int i = 0; i < 100; i++) {
            search.accept(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<long[]>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                long[] nanos = new long[each];
                for (int i = 0; i < each; i++) {
                    long start = System.nanoTime();
                    // Threads take turns through the queries: at any moment they search different
                    // things, as newcomers do, not all the same query in step.
                    search.accept(i * threads + thread);
                    nanos[i] = System.nanoTime() - start;
                }
                return nanos;
            });
        }
        long wall = System.nanoTime();
        long app = ProcessCpu.app();
        long database = ProcessCpu.database();
        long compiling = jitMillis();
        long collecting = gcMillis();
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> result : pool.invokeAll(work)) {
            results.add(result.get());
        }
        wall = System.nanoTime() - wall;
        app = ProcessCpu.app() - app;
        database = ProcessCpu.database() - database;
        compiling = jitMillis() - compiling;
        collecting = gcMillis() - collecting;
        pool.shutdown();
        long[] all = results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms (%d searches: count + first 20 cards with"
                        + " marks, 5 interface languages, every 4th filtered by building block, %s; %.0f searches/s;"
                        + " processor time per search: app %.2f ms, database %.2f ms; meanwhile the JIT compiled"
                        + " for %,d ms and garbage collection paused %,d ms)",
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6, all[all.length - 1] / 1e6, all.length,
                resultCache.isZero() ? "every answer searched anew" : "answers reused for " + resultCache.toMillis()
                        + " ms",
                all.length / (wall / 1e9), app / 1e6 / all.length, database / 1e6 / all.length, compiling, collecting);
    }

    private static long jitMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Concurrent"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Each query's median time over its languages and filters, the five slowest first. */
    private String slowest() {
        List<Map.Entry<String, Double>> medians = new ArrayList<>();
        for (int q = 0; q < QUERIES.length; q++) {
            long[] nanos = new long[LANGUAGES.length * 4];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                searchOnce(q + i * QUERIES.length);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            medians.add(Map.entry(QUERIES[q], nanos[nanos.length / 2] / 1e6));
        }
        medians.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return String.join(", ", medians.stream().limit(5)
                .map(m -> String.format("\"%s\" %.1f ms", m.getKey(), m.getValue())).toList());
    }

    private void searchOnce(int i) {
        OfferFilter filter = OfferFilter.everything().withText(QUERIES[i % QUERIES.length]);
        if (i % 4 == 0) {
            filter = filter.withBlock(BuildingBlock.values()[i % 3]);
        }
        search.find(filter, LANGUAGES[i % LANGUAGES.length], 0, 20);
    }

    /** Publishes an offer with a new word through the review workflow and times until search finds it. */
    private String changeFound() {
        String word = TestOffers.uniqueWord();
        OfferFilter filter = OfferFilter.everything().withText(word);
        long start = System.nanoTime();
        testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + word));
        long committed = System.nanoTime();
        while (search.count(filter, "de") == 0) {
            Thread.onSpinWait();
        }
        long found = System.nanoTime();
        return String.format("%.0f ms after the commit (publishing took %.0f ms)", (found - committed) / 1e6,
                (committed - start) / 1e6);
    }

    private void waitForRebuild() throws InterruptedException {
        do {
            Thread.sleep(200);
        } while (SystemActor.call(() -> indexing.progress()).running());
    }

    private long indexed() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Offer.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private long published() {
        return jdbc.sql("SELECT COUNT(*) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
    }

    private long diskBytes() throws IOException {
        try (Stream<Path> files = Files.walk(indexDir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000;
    }

}
