/** The administrators' screen for the categories newcomers browse. */
package de.willkommenvorort.category.ui;
