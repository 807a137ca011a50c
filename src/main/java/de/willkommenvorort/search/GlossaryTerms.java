package de.willkommenvorort.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The search glossary's words for translators: the official German terms a text uses, each with
 * the renderings agreed for a language, so that a translation says "Jobcenter" the way newcomers
 * search for it.
 */
@Component
public class GlossaryTerms {

    /** Shortest word taken as the start of a longer one ("Jobcenter" in "Jobcenters"). */
    private static final int PREFIX_MIN = 4;

    /** A German term found in a text, and the agreed renderings in one language (perhaps none yet). */
    public record Term(String german, List<String> renderings) {
    }

    private final Glossary glossary = Glossary.load();

    /** The glossary terms a German text uses, with their renderings in {@code language}. */
    public List<Term> in(String germanText, String language) {
        List<String> words = Words.of(germanText).stream().map(Words::fold).toList();
        Set<String> distinct = Set.copyOf(words);
        List<Term> found = new ArrayList<>();
        for (Glossary.Concept concept : glossary.concepts().values()) {
            for (String term : concept.german()) {
                if (uses(words, distinct, Words.of(term).stream().map(Words::fold).toList())) {
                    found.add(new Term(term, concept.terms().getOrDefault(language, List.of())));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean uses(List<String> words, Set<String> distinct, List<String> term) {
        if (term.isEmpty()) {
            return false;
        }
        if (term.size() == 1) {
            String one = term.getFirst();
            return distinct.contains(one) || one.length() >= PREFIX_MIN && distinct.stream().anyMatch(w -> w.startsWith(one));
        }
        for (int i = 0; i + term.size() <= words.size(); i++) {
            if (words.subList(i, i + term.size()).equals(term)) {
                return true;
            }
        }
        return false;
    }
}
