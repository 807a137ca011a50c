package de.willkommenvorort.find;

import de.willkommenvorort.category.BuildingBlock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of the list of offers for other features: one category's offers, as a plain link
 * whose parameters are the list's own (the results page reads them back).
 */
public final class OfferLinks {

    /** The list of offers. */
    public static final String RESULTS = "offers";
    /** The building block parameter (its slug). */
    public static final String BLOCK = "block";
    /** The category parameter (its code). */
    public static final String CATEGORY = "category";

    private OfferLinks() {
    }

    /** The offers of one category, e.g. {@code offers?block=work&category=recognition}. */
    public static String ofCategory(BuildingBlock block, String categoryCode) {
        return RESULTS + "?" + BLOCK + "=" + block.slug() + "&" + CATEGORY + "="
                + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8);
    }
}
