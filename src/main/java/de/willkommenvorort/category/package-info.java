/**
 * What newcomers browse: the four building blocks of the Landkreistag paper and the categories
 * under them. Category names are the county's data ({@code category_name}, one per language),
 * managed by administrators, not UI strings (see docs/decisions/015).
 */
package de.willkommenvorort.category;
