package de.willkommenvorort.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The app's one stylesheet stays well-formed: a rule or media block left open (easily done when
 * features append their blocks in parallel) silently swallows every rule after it in the browser.
 */
class StylesheetTest {

    @Test
    void every_block_of_app_css_is_closed_where_it_should_be() throws IOException {
        String css = Files.readString(Path.of("frontend", "css", "app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("blocks nested deeper than a media query, line %d", line).isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a block closed that was never opened, line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
