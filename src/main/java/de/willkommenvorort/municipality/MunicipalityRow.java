package de.willkommenvorort.municipality;

import java.math.BigDecimal;

/** A municipality as administrators see and edit it, with its position if known. */
public record MunicipalityRow(long id, String name, String postalCode, BigDecimal latitude, BigDecimal longitude) {
}
