package de.willkommenvorort.offer.ui;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.TargetGroup;
import java.util.Locale;

/** Translation keys of the offer vocabulary, so that each key is spelled in one place. */
public final class Labels {

    private Labels() {
    }

    public static String blockTitle(BuildingBlock block) {
        return "block." + block.slug() + ".title";
    }

    public static String blockHint(BuildingBlock block) {
        return "block." + block.slug() + ".hint";
    }

    public static String cost(Cost cost) {
        return "cost." + slug(cost.name());
    }

    public static String targetGroup(TargetGroup group) {
        return "group." + slug(group.name());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
