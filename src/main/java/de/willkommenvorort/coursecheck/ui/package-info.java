/** The course check's page for newcomers ({@code /courses/check}) and the administrators' page for its rules. */
package de.willkommenvorort.coursecheck.ui;
