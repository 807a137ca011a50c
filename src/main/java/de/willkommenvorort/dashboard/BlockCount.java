package de.willkommenvorort.dashboard;

import de.willkommenvorort.category.BuildingBlock;

/** How many published offers one building block has. */
public record BlockCount(BuildingBlock block, long offers) {
}
