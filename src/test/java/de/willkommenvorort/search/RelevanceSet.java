package de.willkommenvorort.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The relevance set: queries a newcomer types, each with the demo offers a person expects among
 * the first five results ({@code src/test/resources/search/relevance.tsv}). Offers are named by the
 * beginning of their German title; a name starting with "!" must not be found at all.
 */
record RelevanceSet(List<Query> queries) {

    static final int TOP = 5;

    record Query(int line, String language, String text, List<String> expected, List<String> forbidden,
                 String kind, String why) {
    }

    static RelevanceSet load() {
        try (InputStream in = RelevanceSet.class.getResourceAsStream("/search/relevance.tsv")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/search/relevance.tsv is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Query> queries = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 5) {
                    throw new IllegalStateException("relevance.tsv line " + (i + 1) + ": 5 columns expected, found "
                            + columns.length);
                }
                List<String> names = Arrays.stream(columns[2].split("\\|")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                queries.add(new Query(i + 1, columns[0].strip(), columns[1].strip(),
                        names.stream().filter(n -> !n.startsWith("!")).toList(),
                        names.stream().filter(n -> n.startsWith("!")).map(n -> n.substring(1).strip()).toList(),
                        columns[3].strip(), columns[4].strip()));
            }
            return new RelevanceSet(List.copyOf(queries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
