/**
 * The newcomer's report form on an offer ({@code offer/:id/report}) and the staff's queue of
 * reports ({@code staff/reports}).
 */
package de.willkommenvorort.report.ui;
