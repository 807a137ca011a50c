package de.willkommenvorort.category;

/**
 * Published when an administrator changed a category; after the commit, {@link CategoryService}
 * forgets what it kept in memory, and any other feature may listen too.
 */
public record CategoriesChanged(long categoryId) {
}
