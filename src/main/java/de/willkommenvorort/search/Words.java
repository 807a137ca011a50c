package de.willkommenvorort.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the glossary, the category names and "did you mean" compare them: lower case, without
 * accents and Arabic-script vowel marks, with one form for each letter that Arabic, Persian,
 * Pashto and Kurdish write differently (alef, yeh, kaf, teh marbuta, heh), Turkish dotted and
 * dotless i alike, ß as ss. The search engine's analyzers do the same for the texts.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words folded already; forgotten as a whole when it grows large. */
    private static final ConcurrentHashMap<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 50_000;

    private Words() {
    }

    /** The words of a text in order, as written. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).replace("\u200C", ""));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * Where the next word of a text starts, at or after {@code from}; -1 if none. A word is what
     * {@link #of(String)} finds: letters, marks and digits, joined by apostrophes to letters
     * ("l'école", "O’Brien"). Cards are cut into words this way without a regular expression.
     */
    static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (wordChar(c, true)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word starting at {@code start} ends (exclusive). */
    static int wordEnd(String text, int start) {
        int i = run(text, start, true);
        while (i + 1 < text.length() && apostrophe(text.charAt(i)) && wordChar(text.codePointAt(i + 1), false)) {
            i = run(text, i + 1, false);
        }
        return i;
    }

    private static int run(String text, int from, boolean digits) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!wordChar(c, digits)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter or mark, and if {@code digits} also a number. */
    private static boolean wordChar(int c, boolean digits) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digits && c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK
                || digits && type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** One word folded for comparison. */
    static String fold(String word) {
        if (ascii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        // The cards of many searches hold the same words: folded once (normalising is not cheap).
        String known = FOLDED.get(word);
        if (known == null) {
            if (FOLDED.size() > FOLDED_MAX) {
                FOLDED.clear();
            }
            known = foldUnicode(word);
            FOLDED.put(word, known);
        }
        return known;
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c == '\'') {
                return false;
            }
        }
        return true;
    }

    private static String foldUnicode(String word) {
        String lower = word.replace('İ', 'i').replace('I', 'i').replace('ı', 'i').toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("\u200C", "").replace("\u0640", "");
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            folded.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی', 'ې', 'ۍ', 'ئ', 'ے' -> 'ي';
                case 'ک', 'ڪ' -> 'ك';
                case 'ة', 'ۀ', 'ە', 'ھ' -> 'ه';
                case 'ؤ' -> 'و';
                case '’', 'ʼ' -> '\'';
                default -> c;
            });
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Every word of a text, folded. */
    static List<String> folded(String text) {
        return of(text).stream().map(Words::fold).toList();
    }

    static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    /**
     * The optimal string alignment distance (Levenshtein with adjacent transpositions), or
     * {@code max + 1} as soon as it is certain to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max + 1) {
            return max + 1;
        }
        return distance(a.codePoints().toArray(), b.codePoints().toArray(), max);
    }

    /** As {@link #distance(String, String, int)}, on code points, keeping three rows only. */
    static int distance(int[] x, int[] y, int max) {
        if (Math.abs(x.length - y.length) > max) {
            return max + 1;
        }
        int[] before = new int[y.length + 1];
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[y.length];
    }

    /** How many typing mistakes a word of this length may have and still be found. */
    static int allowedEdits(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int length = length(word);
        return length <= 3 ? 0 : length <= 6 ? 1 : 2;
    }
}
