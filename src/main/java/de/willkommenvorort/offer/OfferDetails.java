package de.willkommenvorort.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything a newcomer sees on an offer's page. */
public record OfferDetails(
        long id,
        long categoryId,
        long providerId,
        String title,
        String summary,
        String description,
        String textLanguage,
        Optional<Long> municipalityId,
        boolean online,
        Optional<String> street,
        Optional<String> postalCode,
        Optional<String> placeName,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> website,
        Cost cost,
        boolean registrationRequired,
        boolean childcare,
        boolean wheelchairAccessible,
        boolean appointmentOnly,
        Optional<CourseLevel> courseLevel,
        Optional<LocalDate> nextStart,
        List<WeeklySlot> weeklySlots,
        Set<String> spokenLanguages,
        Set<TargetGroup> targetGroups) {
}
