package de.willkommenvorort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XssCorpusTest {

    @Test
    void the_corpus_holds_at_least_two_hundred_distinct_payloads() {
        List<String> payloads = XssCorpus.payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
        assertThat(payloads).noneMatch(String::isBlank);
    }

    @Test
    void every_payload_would_leave_a_trace_that_the_probe_sees_if_it_ran() {
        // Obfuscated payloads spell the call in pieces, entities, escapes or base64 (YWxlcnQ, hbGVydC).
        assertThat(XssCorpus.payloads()).allSatisfy(payload -> assertThat(payload)
                .containsAnyOf("alert", "confirm", "prompt", "print", "__xss", "document.title",
                        "'al'+'ert", "&#97;&#108;", "&#x61;&#x6C;", "\\u0061", "co\\u006efirm", "\\u{61}", "YWxlcnQ", "hbGVydC"));
    }

    @Test
    void escapes_stand_for_line_breaks_tabs_and_backslashes_and_others_stay() {
        assertThat(XssCorpus.unescape("<script>\\nalert(1)\\t\\r</script>")).isEqualTo("<script>\nalert(1)\t\r</script>");
        assertThat(XssCorpus.unescape("\\\\u0061lert\\\\n")).isEqualTo("\\u0061lert\\n");
        assertThat(XssCorpus.unescape("\\u0061\\x3c\\")).isEqualTo("\\u0061\\x3c\\");
        assertThat(XssCorpus.payloads()).anyMatch(p -> p.contains("\n")).anyMatch(p -> p.contains("\t"))
                .anyMatch(p -> p.contains("\\u0061lert")).anyMatch(p -> p.length() > 5000);
    }

    @Test
    void fitting_a_payload_to_a_field_never_splits_a_character() {
        assertThat(XssCorpus.fit("abc", 5)).isEqualTo("abc");
        assertThat(XssCorpus.fit("abcdef", 3)).isEqualTo("abc");
        assertThat(XssCorpus.fit("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }
}
