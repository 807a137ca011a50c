/**
 * Languages: the twelve the county serves, UI strings from the top-level {@code translations/}
 * folder formatted with ICU4J (plurals, native digits, weekday names), the newcomer's choice kept
 * on their device in a cookie, and right-to-left layout for Arabic-script languages.
 */
package de.willkommenvorort.i18n;
