package de.willkommenvorort.find;

/**
 * A page of another feature that the start page shows as a tile below the building blocks. The
 * feature declares it as a bean; the start page lists every one, so it links to the page without
 * depending on that feature (which may well link to the offers itself).
 *
 * @param route     the page's address inside the app
 * @param icon      the tile's icon, a file in {@code icons/}
 * @param titleKey  translation key of the tile's title
 * @param hintKey   translation key of the line below the title
 * @param className the tile's CSS class
 */
public record HomeTile(String route, String icon, String titleKey, String hintKey, String className) {
}
