package de.willkommenvorort.provider;

import java.time.Instant;

/** A provider as its own people see and edit it. Only the name is ever shown to newcomers. */
public record ProviderProfile(long id, String name, ProviderKind kind, String contactPerson, Long municipalityId,
                              Instant createdAt) {
}
