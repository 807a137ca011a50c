package de.willkommenvorort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The functions' file for Vaadin's client (docs/decisions/036) is exactly as generated. */
class PrecompiledFunctionsTest {

    @Test
    void the_file_is_as_generated_sorted_and_holds_what_no_test_reaches() {
        String file = PrecompiledFunctions.read();
        List<String> keys = PrecompiledFunctions.keys(file);
        assertThat(file).as("frontend/js/vaadin-functions.js, edited by hand?")
                .isEqualTo(PrecompiledFunctions.source(keys));
        assertThat(keys).containsAll(PrecompiledFunctions.BESIDES).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void an_entry_is_the_function_its_arguments_make() {
        String source = PrecompiledFunctions.source(List.of("[\"$0\",\"$1\",\"return $0.$connector.set($1)\"]"));
        assertThat(source).contains("""
                  ["$0","$1","return $0.$connector.set($1)"],
                  function ($0,$1) {
                return $0.$connector.set($1)
                  },
                """);
        assertThat(PrecompiledFunctions.keys(source)).hasSize(1 + PrecompiledFunctions.BESIDES.size());
    }
}
