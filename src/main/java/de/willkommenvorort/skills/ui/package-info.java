/** The skills profile's server page; everything it does on the phone is in js/skills.js. */
package de.willkommenvorort.skills.ui;
