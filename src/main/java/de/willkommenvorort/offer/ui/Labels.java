package de.willkommenvorort.offer.ui;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.TargetGroup;
import java.util.Locale;

/** Translation keys of the offer vocabulary, so that each key is spelled in one place. */
final class Labels {

    private Labels() {
    }

    static String blockTitle(BuildingBlock block) {
        return "block." + block.slug() + ".title";
    }

    static String blockHint(BuildingBlock block) {
        return "block." + block.slug() + ".hint";
    }

    static String cost(Cost cost) {
        return "cost." + slug(cost.name());
    }

    static String targetGroup(TargetGroup group) {
        return "group." + slug(group.name());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
