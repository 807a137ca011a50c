/**
 * The staff's dashboard page: the county's figures as charts drawn on the server as SVG (no chart
 * library, no front-end build), each with a text summary and the same numbers as a table.
 */
package de.willkommenvorort.dashboard.ui;
