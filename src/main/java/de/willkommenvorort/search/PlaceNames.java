package de.willkommenvorort.search;

import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The municipalities' names by id, for the result cards, read again a minute after they were
 * last read: a search needs no database, and a renamed place shows its new name within a minute.
 */
@Component
class PlaceNames {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private record Read(Map<Long, String> names, Instant at) {
    }

    private final MunicipalityService municipalities;
    private final Clock clock;
    private volatile Read read = new Read(Map.of(), Instant.MIN);

    PlaceNames(MunicipalityService municipalities, Clock clock) {
        this.municipalities = municipalities;
        this.clock = clock;
    }

    Map<Long, String> names() {
        Read known = read;
        Instant now = clock.instant();
        if (known.at().plus(FRESH).isBefore(now)) {
            known = new Read(municipalities.all().stream()
                    .collect(Collectors.toUnmodifiableMap(MunicipalityRef::id, MunicipalityRef::name)), now);
            read = known;
        }
        return known.names();
    }
}
