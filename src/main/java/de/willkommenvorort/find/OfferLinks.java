package de.willkommenvorort.find;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.offer.TargetGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses of the list of offers for other features' pages (the course check and the skills
 * profile link to the county's matching offers): the one spelling of its parameters, which the
 * list itself reads. Plain links: they carry nothing but what the list needs.
 */
public final class OfferLinks {

    public static final String ROUTE = "offers";
    public static final String P_BLOCK = "block";
    public static final String P_CATEGORY = "category";
    public static final String P_GROUP = "group";

    private OfferLinks() {
    }

    /** The list of offers of one category (its code), for one target group or for all. */
    public static String ofCategory(String categoryCode, Optional<TargetGroup> group) {
        return ROUTE + "?" + P_CATEGORY + "=" + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8)
                + group.map(g -> "&" + P_GROUP + "=" + slug(g)).orElse("");
    }

    /** The offers of one category within its building block, e.g. {@code offers?block=work&category=recognition}. */
    public static String ofCategory(BuildingBlock block, String categoryCode) {
        return ROUTE + "?" + P_BLOCK + "=" + block.slug() + "&" + P_CATEGORY + "="
                + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8);
    }

    /** How a target group is written in an address. */
    public static String slug(TargetGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

    /** The target group an address names, if any. */
    public static Optional<TargetGroup> targetGroup(String slug) {
        return Arrays.stream(TargetGroup.values()).filter(g -> slug(g).equalsIgnoreCase(slug)).findFirst();
    }
}
