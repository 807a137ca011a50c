/** The shared frame, the language picker and the error pages. */
package de.willkommenvorort.base.ui;
