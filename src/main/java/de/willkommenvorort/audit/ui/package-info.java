/** The administrators' read-only view of the audit trail. */
package de.willkommenvorort.audit.ui;
