package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.search.internal.SearchAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyzers the index is built with, as Hibernate Search configures them on Lucene: each
 * language's words become the same terms however a newcomer writes them.
 */
class SearchAnalysisTest {

    private static SessionFactory factory;
    private static LuceneBackend lucene;

    @BeforeAll
    static void boot() {
        factory = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-heap")
                .applySetting("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalysis.class.getName())
                .applySetting("hibernate.search.mapping.configurer",
                        "class:de.willkommenvorort.search.internal.OfferMapping")
                .build()).addAnnotatedClass(Offer.class).buildMetadata().buildSessionFactory();
        lucene = Search.mapping(factory).backend().unwrap(LuceneBackend.class);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void german_compounds_are_indexed_with_their_parts_and_umlauts_count_as_vowels() {
        assertThat(terms("de", "Integrationskurs")).contains("kurs", "integration");
        assertThat(terms("de", "Kurse")).containsExactly("kurs");
        assertThat(terms("de", "Berufssprachkurs")).contains("sprachkurs");
        // What a newcomer types is not cut: "Sprachkurs" means a Sprachkurs, not any Kurs.
        assertThat(terms("de_query", "Sprachkurs")).containsExactly("sprachkurs");
        // Typed without umlauts, a word still meets the text written with them.
        assertThat(terms("de_query", "Sprachforderung")).isEqualTo(terms("de_query", "Sprachförderung"));
        assertThat(terms("de", "Sprachförderung")).containsAll(terms("de_query", "Sprachforderung"));
    }

    @Test
    void arabic_letter_forms_vowel_marks_and_tatweel_are_one_word() {
        assertThat(terms("ar", "الإقامة")).isEqualTo(terms("ar", "الاقامه")).isEqualTo(terms("ar", "الإقـامَة"));
        assertThat(terms("ar", "دورات")).isEqualTo(terms("ar", "دورة"));
    }

    @Test
    void persian_and_dari_take_arabic_kaf_and_yeh_and_the_zero_width_non_joiner() {
        assertThat(terms("fa", "كلاس زبان آلماني")).isEqualTo(terms("fa", "کلاس زبان آلمانی"));
        assertThat(terms("fa", "نامه‌های اداری")).isEqualTo(terms("fa", "نامه های اداری"));
    }

    @Test
    void sorani_turkish_russian_and_ukrainian_words_meet_their_stems() {
        assertThat(terms("ckb", "کوردی")).isEqualTo(terms("ckb", "كوردي"));
        assertThat(terms("tr", "İSTANBUL")).isEqualTo(terms("tr", "istanbul")).isEqualTo(terms("tr", "ıstanbul"));
        assertThat(terms("tr", "kursları")).isEqualTo(terms("tr", "kurs"));
        assertThat(terms("ru", "курсы")).isEqualTo(terms("ru", "курс"));
        assertThat(terms("ru", "ёлка")).isEqualTo(terms("ru", "елка"));
        assertThat(terms("uk", "курсів")).isEqualTo(terms("uk", "курси"));
    }

    @Test
    void tigrinya_is_taken_as_it_is_written() {
        assertThat(terms("ti", "ምኽሪ ንዓበይቲ")).containsExactly("ምኽሪ", "ንዓበይቲ");
    }

    private static List<String> terms(String analyzerName, String text) {
        Analyzer analyzer = lucene.analyzer(analyzerName).orElseThrow();
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }
}
