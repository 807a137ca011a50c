package de.willkommenvorort.provider;

import java.time.Instant;
import java.util.Optional;

/**
 * A provider as its own people see and edit it. Only the name is ever shown to newcomers.
 *
 * @param trustedSince since when staff trust it: its offers go public at once and are checked afterwards
 */
public record ProviderProfile(long id, String name, ProviderKind kind, String contactPerson, Long municipalityId,
                              Instant createdAt, Optional<Instant> trustedSince) {

    public boolean trusted() {
        return trustedSince.isPresent();
    }
}
