package de.willkommenvorort.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.base.ui.PlainText.LineBreak;
import de.willkommenvorort.base.ui.PlainText.Link;
import de.willkommenvorort.base.ui.PlainText.Piece;
import de.willkommenvorort.base.ui.PlainText.Words;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    private static List<Piece> only(String text) {
        List<List<Piece>> paragraphs = PlainText.paragraphs(text);
        assertThat(paragraphs).hasSize(1);
        return paragraphs.getFirst();
    }

    private static List<Link> links(String text) {
        return PlainText.paragraphs(text).stream().flatMap(List::stream)
                .filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    /** Everything shown, in order: a link's text is what the writer typed. */
    private static String shown(String text) {
        return PlainText.paragraphs(text).stream().map(p -> p.stream().map(piece -> switch (piece) {
            case Words w -> w.text();
            case LineBreak b -> "\n";
            case Link l -> l.text();
        }).collect(Collectors.joining())).collect(Collectors.joining("\n\n"));
    }

    @Test
    void plain_words_stay_one_piece() {
        assertThat(only("Deutschkurs für Frauen")).containsExactly(new Words("Deutschkurs für Frauen"));
    }

    @Test
    void blank_lines_make_paragraphs_and_single_line_breaks_stay() {
        List<List<Piece>> paragraphs = PlainText.paragraphs("Montag\nDienstag\r\n\r\n  \nMittwoch\r\rDonnerstag\n");
        assertThat(paragraphs).containsExactly(
                List.of(new Words("Montag"), new LineBreak(), new Words("Dienstag")),
                List.of(new Words("Mittwoch")),
                List.of(new Words("Donnerstag")));
    }

    @Test
    void empty_blank_and_null_text_show_nothing() {
        assertThat(PlainText.paragraphs(null)).isEmpty();
        assertThat(PlainText.paragraphs("")).isEmpty();
        assertThat(PlainText.paragraphs(" \n\n \t\n")).isEmpty();
    }

    @Test
    void a_web_address_becomes_a_link_between_words() {
        assertThat(only("Anmeldung: https://vhs.example.de/kurse bis Freitag")).containsExactly(
                new Words("Anmeldung: "), new Link("https://vhs.example.de/kurse", "https://vhs.example.de/kurse"),
                new Words(" bis Freitag"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Siehe https://example.de/a.| https://example.de/a",
            "Siehe https://example.de/a, dann| https://example.de/a",
            "Siehe https://example.de/a; dann| https://example.de/a",
            "Wirklich https://example.de/a!| https://example.de/a",
            "Wo? https://example.de/a?| https://example.de/a",
            "„https://example.de/a“ ist| https://example.de/a“",
            "(siehe https://example.de/a)| https://example.de/a",
            "(siehe https://de.wikipedia.org/wiki/Kita_(Begriff))| https://de.wikipedia.org/wiki/Kita_(Begriff)",
            "[https://example.de/x]| https://example.de/x",
            "'https://example.de/x'| https://example.de/x",
            "https://example.de/suche?q=kita&ort=1#top.| https://example.de/suche?q=kita&ort=1#top",
            "http://example.de:8080/x...| http://example.de:8080/x",
    })
    void punctuation_after_an_address_is_not_part_of_the_link(String text, String link) {
        assertThat(links(text)).extracting(Link::text).containsExactly(link.strip());
        assertThat(shown(text)).as("nothing is lost").isEqualTo(text);
    }

    @Test
    void the_arabic_comma_and_question_mark_end_an_address_in_arabic_text() {
        String text = "زوروا موقعنا https://example.de/ar، أو اكتبوا إلى info@verein.de؟ شكرا";
        assertThat(links(text)).containsExactly(new Link("https://example.de/ar", "https://example.de/ar"),
                new Link("info@verein.de", "mailto:info@verein.de"));
        assertThat(shown(text)).isEqualTo(text);
    }

    @Test
    void a_latin_address_inside_arabic_text_is_isolated_left_to_right() {
        PlainText text = new PlainText("للتسجيل: www.vhs-example.de شكرا");
        Element anchor = text.getElement().getChild(0).getChild(1);
        assertThat(anchor.getTag()).isEqualTo("a");
        assertThat(anchor.getAttribute("dir")).isEqualTo("ltr");
        assertThat(anchor.getAttribute("href")).isEqualTo("https://www.vhs-example.de");
        assertThat(anchor.getAttribute("rel")).isEqualTo("nofollow noopener noreferrer ugc");
        assertThat(anchor.getText()).isEqualTo("www.vhs-example.de");
    }

    @Test
    void www_gets_https_but_keeps_its_text() {
        assertThat(links("Mehr auf www.example.de.")).containsExactly(new Link("www.example.de", "https://www.example.de"));
        assertThat(links("Mehr auf WWW.Example.de/Kurse")).containsExactly(
                new Link("WWW.Example.de/Kurse", "https://WWW.Example.de/Kurse"));
        assertThat(links("nur www. und www.. und www.-x")).isEmpty();
    }

    @Test
    void international_domain_names_are_linked() {
        assertThat(links("https://bücher.example/ und www.straße.de und kontakt@müller-verein.de")).containsExactly(
                new Link("https://bücher.example/", "https://bücher.example/"),
                new Link("www.straße.de", "https://www.straße.de"),
                new Link("kontakt@müller-verein.de", "mailto:kontakt@müller-verein.de"));
    }

    @Test
    void e_mail_addresses_become_mailto_links() {
        assertThat(only("Schreiben Sie an beratung@caritas-example.de.")).containsExactly(
                new Words("Schreiben Sie an "),
                new Link("beratung@caritas-example.de", "mailto:beratung@caritas-example.de"), new Words("."));
        assertThat(links("kein@ und @niemand und a@b und x@y.z1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://example.de/x",
            "<a href=\"javascript:alert(1)\">x</a>",
            "https://",
            "https://.",
            "https://-x",
            "xhttps://example.de",
            "https://bank.example@evil.example/",
    })
    void only_http_and_https_addresses_are_ever_links(String text) {
        assertThat(links(text)).allSatisfy(link -> assertThat(link.href()).startsWith("https://"))
                .noneSatisfy(link -> assertThat(link.href()).containsIgnoringCase("script"));
        assertThat(links(text)).isEmpty();
        assertThat(shown(text)).isEqualTo(text);
    }

    @Test
    void an_invisible_bidi_override_ends_an_address_so_the_link_cannot_disguise_its_target() {
        assertThat(links("https://example.de/\u202Egnp.exe"))
                .containsExactly(new Link("https://example.de/", "https://example.de/"));
    }

    @Test
    void an_address_inside_a_javascript_url_is_linked_only_as_the_https_address() {
        assertThat(links("javascript:alert('https://example.de')"))
                .containsExactly(new Link("https://example.de", "https://example.de"));
    }

    @Test
    void markup_is_shown_as_characters_not_parsed() {
        String payload = "<img src=x onerror=alert(1)>\n<script>alert(2)</script>";
        PlainText text = new PlainText(payload);
        Element p = text.getElement().getChild(0);
        assertThat(p.getChildCount()).isEqualTo(3);
        assertThat(p.getChild(0).isTextNode()).isTrue();
        assertThat(p.getChild(0).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(p.getChild(1).getTag()).isEqualTo("br");
        assertThat(p.getChild(2).getText()).isEqualTo("<script>alert(2)</script>");
    }

    @Test
    void a_quote_ends_an_address_so_attribute_syntax_stays_text() {
        assertThat(links("<a href=\"https://example.de/\"onmouseover=alert(1)>"))
                .containsExactly(new Link("https://example.de/", "https://example.de/"));
    }

    @Test
    void rendering_replaces_earlier_text() {
        PlainText text = new PlainText("eins\n\nzwei");
        assertThat(text.getElement().getChildCount()).isEqualTo(2);
        text.setText("drei");
        assertThat(text.getElement().getChildCount()).isEqualTo(1);
        assertThat(text.getElement().getTextRecursively()).isEqualTo("drei");
        text.setText(null);
        assertThat(text.getElement().getChildCount()).isZero();
    }

    @Test
    void safe_contact_links() {
        assertThat(SafeHref.phone("+49 (0) 6621 12-34")).hasValue("tel:+4966211234");
        assertThat(SafeHref.phone("06621/1234")).hasValue("tel:066211234");
        assertThat(SafeHref.phone("javascript:alert(1)")).isEmpty();
        assertThat(SafeHref.phone("0661<script>")).isEmpty();
        assertThat(SafeHref.phone("()")).isEmpty();
        assertThat(SafeHref.mail("info@verein.de")).hasValue("mailto:info@verein.de");
        assertThat(SafeHref.mail("info@verein.de?subject=x")).isEmpty();
        assertThat(SafeHref.mail("a@b.de, c@d.de")).isEmpty();
        assertThat(SafeHref.mail("\"><img src=x onerror=alert(1)>@x.de")).isEmpty();
        assertThat(SafeHref.web(" https://verein.de/ ")).hasValue("https://verein.de/");
        assertThat(SafeHref.web("http://verein.de")).hasValue("http://verein.de");
        assertThat(SafeHref.web("javascript:alert(1)//https://x.de")).isEmpty();
        assertThat(SafeHref.web("https://x.de/a b")).isEmpty();
        assertThat(SafeHref.web("data:text/html,<script>alert(1)</script>")).isEmpty();
        assertThat(SafeHref.web("verein.de")).isEmpty();
    }
}
