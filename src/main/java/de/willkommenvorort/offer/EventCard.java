package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One date in the public list of events. {@code placeName} is set when this date takes place
 * somewhere else than usual; {@code municipalityName} is where it takes place (the date's or the
 * offer's). {@code textLanguage} as in {@link OfferCard}. An {@code allDay} date has no times to
 * show: its {@code start} only identifies it (for its calendar file).
 */
public record EventCard(long offerId, LocalDate date, LocalTime start, Optional<LocalTime> end, boolean allDay,
                        String title, String textLanguage, Optional<String> placeName,
                        Optional<String> municipalityName, boolean online, boolean cancelled) {
}
