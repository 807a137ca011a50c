package de.willkommenvorort.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XLIFF 2 file of an export, as an agency's tool fills it in, read back. */
class XliffTest {

    private static final Source MBE = new Source(TextRef.offer(12), "de", Instant.parse("2026-01-01T00:00:00Z"), List.of(
            new Source.Field("title", "Migrationsberatung & mehr", 160),
            new Source.Field("summary", "Kostenlose Beratung <für alle>.", 300),
            new Source.Field("description", "Zeile eins\nZeile zwei: +49 6621 9142-30", 5000)), "abc123");
    private static final Source FIRST_STEPS = new Source(TextRef.infoPage(3), null, Instant.parse("2026-01-01T00:00:00Z"),
            List.of(new Source.Field("title", "Die ersten Schritte", 160),
                    new Source.Field("body", "Melden Sie sich an.\n\nRufen Sie 06621 87-0 an.", 20_000)), "f00d");

    @Test
    void an_export_filled_in_by_an_agency_reads_back_field_by_field() {
        String exported = new String(Xliff.write("ti", List.of(MBE)), StandardCharsets.UTF_8);
        assertThat(exported).contains("srcLang=\"de\"", "trgLang=\"ti\"", "<group id=\"offer-12\">",
                "<note category=\"source-hash\">abc123</note>", "<unit id=\"offer-12-description\">",
                "Kostenlose Beratung &lt;für alle&gt;.", "xml:space=\"preserve\"");

        // A tool adds a <target> after each <source>, as XLIFF 2 has it.
        String translated = exported
                .replace("Migrationsberatung &amp; mehr</source>", "Migrationsberatung &amp; mehr</source><target>ምኽሪ ስደት</target>")
                .replace("&lt;für alle&gt;.</source>", "&lt;für alle&gt;.</source><target>ናጻ ምኽሪ</target>")
                .replace("9142-30</source>", "9142-30</source><target>መስመር ሓደ\nመስመር ክልተ: +49 6621 9142-30</target>");
        Xliff.File file = Xliff.read(new ByteArrayInputStream(translated.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.sourceLanguage()).isEqualTo("de");
        assertThat(file.targetLanguage()).isEqualTo("ti");
        assertThat(file.entries()).hasSize(1);
        Xliff.Entry entry = file.entries().getFirst();
        assertThat(entry.groupId()).isEqualTo("offer-12");
        assertThat(entry.sourceHash()).isEqualTo("abc123");
        assertThat(entry.markup()).isFalse();
        assertThat(entry.targets()).containsEntry("title", "ምኽሪ ስደት").containsEntry("summary", "ናጻ ምኽሪ")
                .containsEntry("description", "መስመር ሓደ\nመስመር ክልተ: +49 6621 9142-30");
    }

    @Test
    void an_info_page_travels_as_its_own_group_with_title_and_body() {
        String exported = new String(Xliff.write("so", List.of(MBE, FIRST_STEPS)), StandardCharsets.UTF_8);
        assertThat(exported).contains("<group id=\"info-3\">", "<unit id=\"info-3-title\">", "<unit id=\"info-3-body\">",
                "<note category=\"source-hash\">f00d</note>").doesNotContain("info-3-summary");
        String translated = exported
                .replace("Die ersten Schritte</source>", "Die ersten Schritte</source><target>Tallaabooyinka ugu horreeya</target>")
                .replace("87-0 an.</source>", "87-0 an.</source><target>Is diiwaangeli.\n\nWac 06621 87-0.</target>");
        Xliff.File file = Xliff.read(new ByteArrayInputStream(translated.getBytes(StandardCharsets.UTF_8)));
        assertThat(file.entries()).hasSize(2);
        Xliff.Entry page = file.entries().get(1);
        assertThat(page.groupId()).isEqualTo("info-3");
        assertThat(TextRef.parse(page.groupId())).contains(TextRef.infoPage(3));
        assertThat(page.targets()).containsOnlyKeys("title", "body")
                .containsEntry("body", "Is diiwaangeli.\n\nWac 06621 87-0.");
    }

    @Test
    void a_reference_is_an_offer_or_an_info_page_and_nothing_else() {
        assertThat(TextRef.parse("offer-12")).contains(TextRef.offer(12));
        assertThat(TextRef.parse("info-3")).contains(TextRef.infoPage(3));
        assertThat(TextRef.parse("offer-")).isEmpty();
        assertThat(TextRef.parse("account-1")).isEmpty();
        assertThat(TextRef.parse("info-3-title")).isEmpty();
        assertThat(TextRef.parse(null)).isEmpty();
        assertThat(TextRef.infoPage(3).key()).isEqualTo("info-3");
    }

    @Test
    void an_element_inside_a_target_is_reported_as_markup() {
        String exported = new String(Xliff.write("ar", List.of(MBE)), StandardCharsets.UTF_8)
                .replace("mehr</source>", "mehr</source><target>استشارة <ph id=\"1\"/> الهجرة</target>");
        Xliff.Entry entry = Xliff.read(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)))
                .entries().getFirst();
        assertThat(entry.markup()).isTrue();
    }

    @Test
    void what_is_not_xliff_2_or_declares_entities_is_not_read() {
        assertThatThrownBy(() -> Xliff.read(new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(Xliff.Unreadable.class);
        assertThatThrownBy(() -> Xliff.read(new ByteArrayInputStream("no xml".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(Xliff.Unreadable.class);
        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ar">
                <file id="f"><group id="offer-1"><unit id="offer-1-title"><segment><source>x</source>
                <target>&secret;</target></segment></unit></group></file></xliff>""";
        assertThatThrownBy(() -> Xliff.read(new ByteArrayInputStream(entity.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(Xliff.Unreadable.class);
    }

    @Test
    void fixed_parts_are_long_numbers_and_addresses_in_any_digits() {
        assertThat(Check.fixedParts("Tel. +49 6621 9142-30, ab 18:00, info@caritas.example, www.vhs.example."))
                .containsExactly("6621", "9142", "info@caritas.example", "www.vhs.example");
        assertThat(Check.fixedParts("Kurs DTZ2027b, Raum 101")).containsExactly("101");
        assertThat(Check.asciiDigits("هاتف ٦٦٢١ ۹۱۴۲")).isEqualTo("هاتف 6621 9142");
    }

    @Test
    void a_translation_fills_every_field_the_german_has_keeps_its_numbers_and_fits() {
        assertThat(Check.problems(FIRST_STEPS, Map.of("title", "Tallaabooyinka", "body", "Wac ٠٦٦٢١ 87-0.")))
                .as("the number in Arabic-Indic digits is the same number").isEmpty();
        assertThat(Check.problems(FIRST_STEPS, Map.of("title", "", "body", "Wac 06621.")))
                .extracting(Check.Problem::field, Check.Problem::key)
                .containsExactly(tuple("title", "translation.error.empty"));
        assertThat(Check.problems(FIRST_STEPS, Map.of("title", "Tallaabooyinka", "body", "Wac.")))
                .extracting(Check.Problem::key, Check.Problem::part)
                .containsExactly(tuple("translation.error.missing-part", "06621"));
        assertThat(Check.problems(FIRST_STEPS, Map.of("title", "x".repeat(161), "body", "06621")))
                .extracting(Check.Problem::field).containsExactly("title");
    }
}
