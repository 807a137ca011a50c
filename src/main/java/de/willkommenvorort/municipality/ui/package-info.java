/** The administrators' screen for the county's municipalities. */
package de.willkommenvorort.municipality.ui;
