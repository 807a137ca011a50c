/**
 * What newcomers browse: the four building blocks of the Landkreistag paper and the categories
 * under them. Category names are UI strings ({@code category.<code>} in translations/).
 */
package de.willkommenvorort.category;
