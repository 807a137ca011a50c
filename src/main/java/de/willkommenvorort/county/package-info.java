/**
 * The county's own set-up that does not belong to one feature: which of the twelve languages it
 * serves. Kept apart from {@code i18n} because changing it is an audited administrator's decision,
 * and {@code i18n} sits below the audit trail and the staff workspace.
 */
package de.willkommenvorort.county;
