/** The administrators' page of the search index: how many offers it holds, and its rebuild with progress. */
package de.willkommenvorort.search.ui;
