package de.willkommenvorort.search.internal;

import de.willkommenvorort.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * How the words of each language are cut and normalised, written once and rendered for both
 * backends, so that the embedded Lucene index and an Elasticsearch/OpenSearch cluster analyse
 * alike and the mapping stays the same (docs/decisions/019). The one configurer serves either
 * backend: {@code hibernate.search.backend.analysis.configurer} names it whatever the backend is.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** The normaliser of the did-you-mean vocabulary: whole words, folded. */
    public static final String FOLD_KEYWORD = "fold_keyword";
    /** Text in a language without an analyzer of its own, and offers' original-language text. */
    public static final String FOLD = "fold";

    /** Where the German word parts live: one lower-case word per line, '#' starts a comment. */
    static final String GERMAN_PARTS = "search/de-compound-parts.txt";

    /** A step of an analyzer, as Lucene's factory and as Elasticsearch's filter (null: built in). */
    enum Filter {
        LOWERCASE("lowercase", Map.of(), "lowercase", null),
        TURKISH_LOWERCASE("turkishLowercase", Map.of(), "wvo_turkish_lowercase",
                Map.of("type", "lowercase", "language", "turkish")),
        APOSTROPHE("apostrophe", Map.of(), "apostrophe", null),
        ASCII_FOLDING("asciiFolding", Map.of(), "asciifolding", null),
        DECIMAL_DIGIT("decimalDigit", Map.of(), "decimal_digit", null),
        GERMAN_COMPOUNDS("dictionaryCompoundWord", Map.of("dictionary", GERMAN_PARTS, "minWordSize", "6",
                "minSubwordSize", "3", "maxSubwordSize", "20", "onlyLongestMatch", "false"),
                "wvo_german_compounds", Map.of("type", "dictionary_decompounder", "min_word_size", 6,
                "min_subword_size", 3, "max_subword_size", 20, "only_longest_match", false)),
        GERMAN_NORMALIZATION("germanNormalization", Map.of(), "german_normalization", null),
        GERMAN_LIGHT_STEM("germanLightStem", Map.of(), "wvo_light_german",
                Map.of("type", "stemmer", "language", "light_german")),
        ENGLISH_POSSESSIVE("englishPossessive", Map.of(), "wvo_possessive_english",
                Map.of("type", "stemmer", "language", "possessive_english")),
        ENGLISH_STEM("porterStem", Map.of(), "wvo_english", Map.of("type", "stemmer", "language", "english")),
        ARABIC_NORMALIZATION("arabicNormalization", Map.of(), "arabic_normalization", null),
        ARABIC_STEM("arabicStem", Map.of(), "wvo_arabic", Map.of("type", "stemmer", "language", "arabic")),
        PERSIAN_NORMALIZATION("persianNormalization", Map.of(), "persian_normalization", null),
        PERSIAN_STEM("persianStem", Map.of(), "persian_stem", null),
        SORANI_NORMALIZATION("soraniNormalization", Map.of(), "sorani_normalization", null),
        SORANI_STEM("soraniStem", Map.of(), "wvo_sorani", Map.of("type", "stemmer", "language", "sorani")),
        RUSSIAN_YO("patternReplace", Map.of("pattern", "ё", "replacement", "е"), "wvo_russian_yo",
                Map.of("type", "pattern_replace", "pattern", "ё", "replacement", "е")),
        RUSSIAN_STEM("snowballPorter", Map.of("language", "Russian"), "wvo_russian",
                Map.of("type", "snowball", "language", "Russian")),
        TURKISH_STEM("snowballPorter", Map.of("language", "Turkish"), "wvo_turkish",
                Map.of("type", "snowball", "language", "Turkish")),
        UKRAINIAN_APOSTROPHES("patternReplace", Map.of("pattern", "[\u2019\u2018\u02BC`\u00B4]", "replacement", "'"),
                "wvo_ukrainian_apostrophes", Map.of("type", "pattern_replace",
                "pattern", "[\u2019\u2018\u02BC`\u00B4]", "replacement", "'")),
        // Word forms from a dictionary: Lucene's Morfologik with the Ukrainian dictionary; on
        // Elasticsearch the analysis-ukrainian plugin's lemmatiser (see the README).
        UKRAINIAN_LEMMAS("morfologik", Map.of("dictionary", "ua/net/nlp/ukrainian.dict"), "wvo_ukrainian",
                Map.of("type", "ukrainian_stemmer"));

        final String lucene;
        final Map<String, String> luceneParams;
        final String elasticsearch;
        final Map<String, Object> elasticsearchDefinition;

        Filter(String lucene, Map<String, String> luceneParams, String elasticsearch,
               Map<String, Object> elasticsearchDefinition) {
            this.lucene = lucene;
            this.luceneParams = luceneParams;
            this.elasticsearch = elasticsearch;
            this.elasticsearchDefinition = elasticsearchDefinition;
        }
    }

    /**
     * The analyzers, by name. Stop words are not removed here (a query drops them itself, see
     * QueryWords): the same chain indexes and searches, except German, whose query side does not
     * cut compounds (a typed "Sprachkurs" must mean a Sprachkurs, not any Kurs).
     */
    enum Chain {
        DE("de", false, Filter.LOWERCASE, Filter.GERMAN_COMPOUNDS, Filter.GERMAN_NORMALIZATION,
                Filter.GERMAN_LIGHT_STEM),
        DE_QUERY("de_query", false, Filter.LOWERCASE, Filter.GERMAN_NORMALIZATION, Filter.GERMAN_LIGHT_STEM),
        EN("en", false, Filter.ENGLISH_POSSESSIVE, Filter.LOWERCASE, Filter.ASCII_FOLDING, Filter.ENGLISH_STEM),
        AR("ar", false, Filter.LOWERCASE, Filter.DECIMAL_DIGIT, Filter.ARABIC_NORMALIZATION, Filter.ARABIC_STEM),
        FA("fa", true, Filter.LOWERCASE, Filter.DECIMAL_DIGIT, Filter.ARABIC_NORMALIZATION,
                Filter.PERSIAN_NORMALIZATION, Filter.PERSIAN_STEM),
        PS("ps", true, Filter.LOWERCASE, Filter.DECIMAL_DIGIT, Filter.ARABIC_NORMALIZATION,
                Filter.PERSIAN_NORMALIZATION),
        CKB("ckb", false, Filter.SORANI_NORMALIZATION, Filter.LOWERCASE, Filter.DECIMAL_DIGIT, Filter.SORANI_STEM),
        KMR("kmr", false, Filter.LOWERCASE, Filter.ASCII_FOLDING),
        // Turkish lower case first (I → ı, İ → i), then the stem, then folding, so that a newcomer
        // typing on a keyboard without ı, ş or ğ still finds the word.
        TR("tr", false, Filter.APOSTROPHE, Filter.TURKISH_LOWERCASE, Filter.TURKISH_STEM, Filter.ASCII_FOLDING),
        RU("ru", false, Filter.LOWERCASE, Filter.RUSSIAN_YO, Filter.RUSSIAN_STEM),
        UK("uk", false, Filter.UKRAINIAN_APOSTROPHES, Filter.LOWERCASE, Filter.UKRAINIAN_LEMMAS),
        TI("ti", false, Filter.LOWERCASE),
        FOLD_TEXT(FOLD, true, Filter.LOWERCASE, Filter.DECIMAL_DIGIT, Filter.ARABIC_NORMALIZATION,
                Filter.PERSIAN_NORMALIZATION, Filter.ASCII_FOLDING);

        final String analyzer;
        /** Whether a zero-width non-joiner (Persian, Pashto) separates words. */
        final boolean zwnj;
        final List<Filter> filters;

        Chain(String analyzer, boolean zwnj, Filter... filters) {
            this.analyzer = analyzer;
            this.zwnj = zwnj;
            this.filters = List.of(filters);
        }
    }

    private static final List<Filter> KEYWORD_FOLDING = List.of(Filter.LOWERCASE, Filter.ARABIC_NORMALIZATION,
            Filter.PERSIAN_NORMALIZATION, Filter.ASCII_FOLDING);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Chain chain : Chain.values()) {
            LuceneAnalysisOptionalComponentsStep steps = context.analyzer(chain.analyzer).custom()
                    .tokenizer("standard");
            if (chain.zwnj) {
                steps.charFilter("persian");
            }
            for (Filter filter : chain.filters) {
                var step = steps.tokenFilter(filter.lucene);
                filter.luceneParams.forEach(step::param);
            }
        }
        var keyword = context.normalizer(FOLD_KEYWORD).custom();
        for (Filter filter : KEYWORD_FOLDING) {
            keyword.tokenFilter(filter.lucene);
        }
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Map<String, Map<String, Object>> defined = new LinkedHashMap<>();
        for (Chain chain : Chain.values()) {
            chain.filters.stream().filter(f -> f.elasticsearchDefinition != null)
                    .forEach(f -> defined.put(f.elasticsearch, f.elasticsearchDefinition));
        }
        defined.forEach((name, definition) -> {
            var filter = context.tokenFilter(name).type((String) definition.get("type"));
            definition.forEach((key, value) -> {
                switch (value) {
                    case String s when !key.equals("type") -> filter.param(key, s);
                    case Boolean b -> filter.param(key, b);
                    case Number n -> filter.param(key, n);
                    default -> {
                    }
                }
            });
            if (name.equals(Filter.GERMAN_COMPOUNDS.elasticsearch)) {
                filter.param("word_list", germanParts().toArray(String[]::new));
            }
        });
        context.charFilter("wvo_zwnj").type("mapping").param("mappings", "\\u200C=>\\u0020");
        for (Chain chain : Chain.values()) {
            var steps = context.analyzer(chain.analyzer).custom().tokenizer("standard");
            if (chain.zwnj) {
                steps.charFilters("wvo_zwnj");
            }
            steps.tokenFilters(chain.filters.stream().map(f -> f.elasticsearch).toArray(String[]::new));
        }
        context.normalizer(FOLD_KEYWORD).custom()
                .tokenFilters(KEYWORD_FOLDING.stream().map(f -> f.elasticsearch).toArray(String[]::new));
    }

    /** The German word parts the compound filter knows, as the resource file lists them. */
    public static List<String> germanParts() {
        try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(GERMAN_PARTS)) {
            if (in == null) {
                throw new IllegalStateException(GERMAN_PARTS + " is missing");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer of text in {@code language}; languages without one get the folding analyzer. */
    public static String analyzerOf(String language) {
        return chainOf(language).or(() -> Language.ofCode(language).flatMap(SearchAnalysis::chainOfKin))
                .map(c -> c.analyzer).orElse(FOLD);
    }

    private static Optional<Chain> chainOf(String code) {
        return Arrays.stream(Chain.values()).filter(c -> c != Chain.DE_QUERY && c != Chain.FOLD_TEXT)
                .filter(c -> c.analyzer.equals(code)).findFirst();
    }

    /**
     * The chain of the first language CLDR knows by the same language: Dari ({@code fa-AF}) is cut
     * as Farsi, Easy German ({@code de}) as German.
     */
    private static Optional<Chain> chainOfKin(Language language) {
        return language.kin().stream().map(l -> chainOf(l.code())).flatMap(Optional::stream).findFirst();
    }

    /** The analyzer a query against text in {@code language} is cut with. */
    public static String queryAnalyzerOf(String language) {
        String analyzer = analyzerOf(language);
        return Chain.DE.analyzer.equals(analyzer) ? Chain.DE_QUERY.analyzer : analyzer;
    }
}
