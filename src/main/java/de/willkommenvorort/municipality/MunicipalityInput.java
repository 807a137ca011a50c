package de.willkommenvorort.municipality;

/** What an administrator typed for a municipality, as typed; latitude and longitude may stay empty. */
public record MunicipalityInput(String name, String postalCode, String latitude, String longitude) {
}
