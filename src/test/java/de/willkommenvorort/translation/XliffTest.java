package de.willkommenvorort.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.offer.OfferTranslations.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XLIFF 2 file of an export, as an agency's tool fills it in, read back. */
class XliffTest {

    private static final Source MBE = new Source(12, "de", Instant.parse("2026-01-01T00:00:00Z"),
            "Migrationsberatung & mehr", "Kostenlose Beratung <für alle>.", "Zeile eins\nZeile zwei: +49 6621 9142-30",
            "abc123");

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
        assertThat(TranslationWork.fixedParts("Tel. +49 6621 9142-30, ab 18:00, info@caritas.example, www.vhs.example."))
                .containsExactly("6621", "9142", "info@caritas.example", "www.vhs.example");
        assertThat(TranslationWork.fixedParts("Kurs DTZ2027b, Raum 101")).containsExactly("101");
        assertThat(TranslationWork.asciiDigits("هاتف ٦٦٢١ ۹۱۴۲")).isEqualTo("هاتف 6621 9142");
    }
}
