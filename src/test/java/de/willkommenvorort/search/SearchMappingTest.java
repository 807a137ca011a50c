package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.search.internal.SearchAnalysis;
import de.willkommenvorort.search.internal.SearchFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offer index is mapped the same on both backends: the embedded Lucene index a single
 * instance runs on, and the Elasticsearch/OpenSearch cluster several instances share. Both are
 * booted here without any server (Elasticsearch's expected schema is exported, not sent), so a
 * change to the mapping or the analysis that only one backend would accept fails here.
 */
class SearchMappingTest {

    @TempDir
    Path temp;

    @Test
    void lucene_and_elasticsearch_map_the_same_fields_with_the_same_analyzers() {
        Map<String, String> lucene = fields(boot(Map.of("hibernate.search.backend.type", "lucene",
                "hibernate.search.backend.directory.type", "local-heap")));
        Map<String, String> elasticsearch = fields(boot(elasticsearch()));
        assertThat(lucene).hasSizeGreaterThan(40).isEqualTo(elasticsearch);
        assertThat(lucene).containsEntry(SearchFields.title("de"), "String de/de_query")
                .containsEntry(SearchFields.title("ar"), "String ar/ar")
                .containsEntry(SearchFields.title("prs"), "String fa/fa")
                .containsEntry(SearchFields.description(SearchFields.ORIGINAL), "String fold/fold")
                .containsEntry(SearchFields.WORDS_FOLDED, "String normalizer fold_keyword");
    }

    @Test
    void the_elasticsearch_schema_defines_every_analyzer_and_the_german_word_parts() throws IOException {
        try (SessionFactory factory = boot(elasticsearch())) {
            Search.mapping(factory).scope(Offer.class).schemaManager().exportExpectedSchema(temp);
        }
        String schema;
        try (Stream<Path> files = Files.walk(temp)) {
            schema = files.filter(Files::isRegularFile).map(SearchMappingTest::read).reduce("", String::concat);
        }
        for (String analyzer : new String[] {"de", "de_query", "en", "ar", "fa", "ps", "ckb", "kmr", "tr", "ru", "uk",
                "ti", SearchAnalysis.FOLD}) {
            assertThat(schema).contains("\"" + analyzer + "\"");
        }
        assertThat(schema).contains("dictionary_decompounder").contains("\"integrationskurs\"")
                .contains("persian_normalization").contains("sorani_normalization").contains("\"turkish\"");
    }

    private static Map<String, String> elasticsearch() {
        return Map.of("hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.version", "9.2",
                "hibernate.search.backend.version_check.enabled", "false",
                "hibernate.search.schema_management.strategy", "none");
    }

    /** Hibernate with the offer entity and the app's search configuration, without a database. */
    private static SessionFactory boot(Map<String, String> backend) {
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.search.backend.analysis.configurer",
                        "class:" + SearchAnalysis.class.getName())
                .applySetting("hibernate.search.mapping.configurer",
                        "class:de.willkommenvorort.search.internal.OfferMapping");
        backend.forEach(settings::applySetting);
        StandardServiceRegistry registry = settings.build();
        return new MetadataSources(registry).addAnnotatedClass(Offer.class).buildMetadata().buildSessionFactory();
    }

    /** Every field of the offer index: its value type and its analyzer or normaliser. */
    private static Map<String, String> fields(SessionFactory factory) {
        try (factory) {
            Map<String, String> fields = new TreeMap<>();
            for (IndexFieldDescriptor any : Search.mapping(factory).indexedEntity(Offer.class).indexManager()
                    .descriptor().staticFields()) {
                if (any.absolutePath().startsWith("_")) {
                    continue; // a backend's own bookkeeping (Lucene's _id, _index, _entity_type)
                }
                IndexValueFieldDescriptor field = any.toValueField();
                var type = field.type();
                fields.put(field.absolutePath(), type.valueClass().getSimpleName()
                        + type.analyzerName().map(a -> " " + a + "/" + type.searchAnalyzerName().orElse(a)).orElse("")
                        + type.normalizerName().map(n -> " normalizer " + n).orElse(""));
            }
            return fields;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
