/**
 * Mail to volunteers and organisations (verification, password reset, reminders, relayed
 * messages from newcomers), written in the recipient's language from {@code translations/}.
 * Without an SMTP server the demo profile writes each mail to the log; other profiles need one.
 */
package de.willkommenvorort.mail;
