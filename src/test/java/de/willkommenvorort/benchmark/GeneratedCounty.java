package de.willkommenvorort.benchmark;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates many published offers with texts in all twelve languages, from the vocabulary of the
 * demo texts and the UI translations, so that the search index holds realistic words.
 */
final class GeneratedCounty {

    /** The languages of the generated texts: the twelve the county served when the benchmark began, for figures that compare. */
    static final List<Language> FIRST_TWELVE = java.util.stream.Stream.of("de", "en", "ar", "fa", "prs", "ps", "ckb",
            "kmr", "tr", "uk", "ru", "ti").map(Language::get).toList();

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");

    private GeneratedCounty() {
    }

    /**
     * Inserts {@code offers} published offers straight into the database (as an import would, behind
     * the search index's back), 500 to a transaction, with batched statements.
     */
    static void generate(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transaction, int offers,
                         long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> vocabulary = vocabulary(jdbc);
        List<Long> categories = jdbc.sql("SELECT id FROM category").query(Long.class).list();
        List<Long> places = jdbc.sql("SELECT id FROM municipality").query(Long.class).list();
        long provider = jdbc.sql("SELECT MIN(id) FROM provider").query(Long.class).single();
        String[] costs = {"FREE", "FREE", "FREE", "LOW_COST", "PAID"};
        String[] groups = {"EVERYONE", "WOMEN", "FAMILIES", "CHILDREN", "YOUTH"};
        List<Language> languages = FIRST_TWELVE;
        for (int batch = 0; batch < offers; batch += 500) {
            int size = Math.min(500, offers - batch);
            transaction.executeWithoutResult(status -> {
                List<Object[]> texts = new ArrayList<>();
                List<Object[]> spoken = new ArrayList<>();
                List<Object[]> targets = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    jdbc.sql("""
                                    INSERT INTO offer (category_id, provider_id, municipality_id, online, street,
                                                       postal_code, place_name, phone, cost, original_language,
                                                       review_state, published_at, valid_until)
                                    VALUES (:category, :provider, :place, FALSE, 'Hauptstraße 1', '36251', 'Generiert',
                                            '+49 6621 0', :cost, 'de', 'PUBLISHED', CURRENT_TIMESTAMP(3), '2099-12-31')""")
                            .param("category", categories.get(random.nextInt(categories.size())))
                            .param("provider", provider).param("place", places.get(random.nextInt(places.size())))
                            .param("cost", costs[random.nextInt(costs.length)]).update();
                    long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
                    for (Language language : languages) {
                        List<String> words = vocabulary.get(language.code());
                        texts.add(new Object[] {id, language.code(), text(words, random, 5, 150),
                                text(words, random, 18, 290), text(words, random, 70, 1500)});
                    }
                    spoken.add(new Object[] {id, "de"});
                    spoken.add(new Object[] {id, languages.get(1 + random.nextInt(languages.size() - 1)).code()});
                    targets.add(new Object[] {id, groups[random.nextInt(groups.length)]});
                }
                batches.batchUpdate("INSERT INTO offer_text (offer_id, language, title, summary, description)"
                        + " VALUES (?, ?, ?, ?, ?)", texts);
                batches.batchUpdate("INSERT INTO offer_language (offer_id, language) VALUES (?, ?)", spoken);
                batches.batchUpdate("INSERT INTO offer_target_group (offer_id, target_group) VALUES (?, ?)", targets);
            });
        }
    }

    /** Words of each language: demo offer texts where there are some, else the UI strings. */
    private static Map<String, List<String>> vocabulary(JdbcClient jdbc) {
        Map<String, List<String>> words = new HashMap<>();
        jdbc.sql("SELECT language, CONCAT_WS(' ', title, summary, description) FROM offer_text")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> collect(words.computeIfAbsent(e.getKey(), k -> new ArrayList<>()), e.getValue()));
        for (Language language : FIRST_TWELVE) {
            List<String> list = words.computeIfAbsent(language.code(), k -> new ArrayList<>());
            if (list.size() < 200) {
                TranslationProvider.load(language).orElseThrow().values().forEach(v -> collect(list, v));
            }
            Collections.shuffle(list, new Random(Language.all().indexOf(language)));
        }
        return words;
    }

    private static void collect(List<String> into, String text) {
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group());
        }
    }

    private static String text(List<String> words, Random random, int count, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = words.get(random.nextInt(words.size()));
            if (text.length() + word.length() + 1 > max) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }
}
