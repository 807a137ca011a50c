/**
 * What Hibernate Search is configured with, by name from application.properties: the offer's
 * mapping (published offers only, texts per language), the analyzers of each language for both
 * backends, and the names of the index fields the queries use.
 */
package de.willkommenvorort.search.internal;
