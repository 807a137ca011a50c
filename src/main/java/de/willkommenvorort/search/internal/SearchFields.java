package de.willkommenvorort.search.internal;

import de.willkommenvorort.i18n.Language;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the offer index's fields, shared by the mapping and the queries. Texts are indexed
 * per language, each with its language's analyzer: {@code title_ar}, {@code summary_ar},
 * {@code description_ar}; an original text in a language other than German and English once more
 * under {@link #ORIGINAL}, folded, since a query cannot know an offer's original language.
 */
public final class SearchFields {

    public static final String INDEX = "offer";
    public static final String ORIGINAL = "orig";
    public static final List<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code).toList();

    public static final String CATEGORY = "category";
    public static final String MUNICIPALITY = "municipality";
    public static final String ONLINE = "online";
    public static final String COST = "cost";
    public static final String SPOKEN = "spoken";
    public static final String GROUPS = "groups";
    public static final String CHILDCARE = "childcare";
    public static final String LEVEL = "level";
    public static final String NEXT_START = "nextStart";
    /**
     * The last day an offer is public: its valid-until date, and for an event the last date that
     * takes place (not cancelled), whichever comes first. A search leaves out what has passed.
     */
    public static final String VISIBLE_UNTIL = "visibleUntil";
    /**
     * The version of the mapping a document was written with: an index written by an older one is
     * rebuilt at start. Raise {@link #MAPPING_VERSION} with every change of the fields.
     */
    public static final String MAPPING = "mapping";
    public static final int MAPPING_VERSION = 3;
    /**
     * The offer's version when it was indexed: the cards of what a search found are read again
     * from the database only where the offer changed since they were last read.
     */
    public static final String VERSION = "version";
    /** The words of all titles and summaries, in every language, folded: for typing mistakes. */
    public static final String SPELLING = "spelling";
    /** Street, postal code and town of the address. */
    public static final String PLACE = "place";
    /** The words of titles as written, for "did you mean". */
    public static final String WORDS = "words";
    /** The same words folded, to find near spellings among them. */
    public static final String WORDS_FOLDED = "words_folded";

    private SearchFields() {
    }

    public static String title(String language) {
        return "title_" + language;
    }

    public static String summary(String language) {
        return "summary_" + language;
    }

    public static String description(String language) {
        return "description_" + language;
    }
}
