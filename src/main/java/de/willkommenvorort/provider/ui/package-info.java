/** The administrators' list of providers, where they trust an organisation or withdraw the trust. */
package de.willkommenvorort.provider.ui;
