/**
 * Mail to volunteers and organisations (verification, password reset, reminders, relayed
 * messages from newcomers), written in the recipient's language from {@code translations/}. Every
 * mail goes through the outbox table in the sender's transaction and leaves after the commit; a
 * failing mail server delays mail and loses none (decision 028). Without an SMTP server the demo
 * profile writes each mail to the log; other profiles need one.
 */
package de.willkommenvorort.mail;
