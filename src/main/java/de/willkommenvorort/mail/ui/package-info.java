/** The administrators' view of mail that has not left yet ({@code staff/mail}). */
package de.willkommenvorort.mail.ui;
