package de.willkommenvorort.municipality;

/** A municipality as other features see it. Place names are proper names and stay German. */
public record MunicipalityRef(long id, String name, String postalCode) {
}
