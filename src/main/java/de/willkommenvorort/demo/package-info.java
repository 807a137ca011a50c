/**
 * Demo profile only: a fictional county ("Landkreis Auenthal") with its municipalities,
 * providers and offers, loaded once into an empty database through the features' own services,
 * so demo offers pass the same review states as real ones.
 */
package de.willkommenvorort.demo;
