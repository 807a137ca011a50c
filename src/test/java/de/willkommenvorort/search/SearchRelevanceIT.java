package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the relevance set through the search the results page uses and prints its top-5 hit rate
 * (also to target/search-relevance.txt): a query hits when every offer it names is among the first
 * five results and no offer it forbids is found at all.
 */
@AppTest
class SearchRelevanceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OfferSearch search;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_relevance_set_finds_what_a_person_expects() throws IOException {
        RelevanceSet set = RelevanceSet.load();
        Set<String> demo = demoTitles();
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT offer_id, title FROM offer_text WHERE language = 'de' AND offer_id IN"
                        + " (SELECT id FROM offer WHERE revision_of IS NULL)")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(e -> demo.contains(e.getValue()))
                .forEach(e -> titles.put(e.getKey(), e.getValue()));

        List<String> report = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byLanguage = new TreeMap<>();
        int hits = 0;
        for (RelevanceSet.Query query : set.queries()) {
            // The demo county's ranking: offers other tests added to the shared database are passed over.
            List<Long> found = ids(query.text(), query.language()).stream().filter(titles::containsKey).toList();
            List<Long> top = found.subList(0, Math.min(RelevanceSet.TOP, found.size()));
            List<String> missing = new ArrayList<>();
            for (String name : query.expected()) {
                long id = offer(titles, name, query);
                if (!top.contains(id)) {
                    missing.add(name);
                }
            }
            List<String> leaked = new ArrayList<>();
            for (String name : query.forbidden()) {
                if (found.contains(offer(titles, name, query))) {
                    leaked.add(name);
                }
            }
            assertThat(leaked).as("unpublished offers found by %s", query.text()).isEmpty();
            boolean hit = missing.isEmpty();
            hits += hit ? 1 : 0;
            count(byKind, query.kind(), hit);
            count(byLanguage, query.language(), hit);
            report.add(String.format("%s %-4s %-30s %s%s", hit ? "HIT " : "MISS", query.language(), query.text(),
                    top.stream().map(id -> "#" + id).toList(), hit ? "" : " missing " + missing));
        }
        double rate = 100.0 * hits / set.queries().size();
        report.add(String.format("RELEVANCE top-%d hit rate: %d of %d queries (%.1f %%)", RelevanceSet.TOP, hits,
                set.queries().size(), rate));
        byKind.forEach((kind, c) -> report.add(String.format("RELEVANCE   %-14s %d of %d", kind, c[0], c[1])));
        byLanguage.forEach((language, c) -> report.add(String.format("RELEVANCE   ui=%-4s %d of %d", language, c[0],
                c[1])));
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "search-relevance.txt"), report, StandardCharsets.UTF_8);

        assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(byLanguage).hasSizeGreaterThanOrEqualTo(6);
        // 51.2 % with the in-memory index this replaced; the search must not fall back below 95 %.
        assertThat(rate).as("top-5 hit rate in %%").isGreaterThanOrEqualTo(95.0);
    }

    /** The German titles of the demo county's offers, as its files give them. */
    private static Set<String> demoTitles() throws IOException {
        Set<String> titles = new HashSet<>();
        for (String file : List.of("offers-1.json", "offers-2.json", "offers-3-events.json")) {
            try (InputStream in = SearchRelevanceIT.class.getResourceAsStream("/demo/" + file)) {
                JSON.readTree(in).get("offers").forEach(offer -> titles.add(offer.get("texts").get("de").get("title")
                        .asString()));
            }
        }
        assertThat(titles).as("demo offers").hasSizeGreaterThan(60);
        return titles;
    }

    private List<Long> ids(String text, String language) {
        OfferFilter filter = OfferFilter.everything().withText(text);
        return search.find(filter, language, 0, PublicOffers.MAX_PAGE).hits().stream().map(h -> h.card().id())
                .toList();
    }

    private static long offer(Map<Long, String> titles, String name, RelevanceSet.Query query) {
        List<Long> matching = titles.entrySet().stream().filter(e -> e.getValue().startsWith(name))
                .map(Map.Entry::getKey).toList();
        assertThat(matching).as("line %d names exactly one offer: %s", query.line(), name).hasSize(1);
        return matching.getFirst();
    }

    private static void count(Map<String, int[]> counts, String key, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }
}
