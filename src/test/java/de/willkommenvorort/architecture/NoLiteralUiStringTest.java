package de.willkommenvorort.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No UI string is written in Java: text handed to a component comes from translations/. The check
 * reads the view code and flags string literals that contain letters where a component receives
 * text (constructors of text components, setText, setLabel, setPlaceholder, setTitle, …).
 */
class NoLiteralUiStringTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A call that shows text to a user, with a literal containing a letter as (first) argument. */
    private static final Pattern LITERAL_UI_TEXT = Pattern.compile(
            "(new\\s+(Span|Paragraph|H[1-6]|Button|NativeButton|Anchor|Label|Text|ListItem|Checkbox|TextField|Select|Details|NativeDetails)\\s*\\("
                    + "(\\s*\"[^\"]*\"\\s*,)?"
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTitle|setSummaryText|setAriaLabel|setTooltipText|setPageTitle|show)\\s*\\()"
                    + "\\s*\"([^\"]*\\p{L}[^\"]*)\"");

    /** Addresses, not words: anchors, paths, schemes and file names. */
    private static final Pattern LINK = Pattern.compile("^#|/|^[a-z]+:|\\.[a-z]{2,4}$");

    @Test
    void views_hold_no_literal_ui_strings() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("com.vaadin.flow.component")) {
                    continue;
                }
                found.addAll(literals(file.toString(), source));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_finds_a_literal_when_there_is_one() {
        assertThat(literals("X.java", "add(new Span(\"Willkommen\"));")).hasSize(1);
        assertThat(literals("X.java", "field.setLabel(\"Name\");")).hasSize(1);
        assertThat(literals("X.java", "new Anchor(\"#main\", \"Zum Inhalt\")")).hasSize(1);
        assertThat(literals("X.java", "new Anchor(\"#main\", getTranslation(\"layout.skip\"))")).isEmpty();
        assertThat(literals("X.java", "new Span(getTranslation(\"app.name\"))")).isEmpty();
        assertThat(literals("X.java", "new Image(\"icons/x.svg\", \"\")")).isEmpty();
    }

    private static List<String> literals(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = LITERAL_UI_TEXT.matcher(source);
        while (matcher.find()) {
            String literal = matcher.group(matcher.groupCount());
            if (!LINK.matcher(literal).find()) {
                found.add(file + ": \"" + literal + "\"");
            }
        }
        return found;
    }
}
