package de.willkommenvorort.account;

import de.willkommenvorort.provider.ProviderKind;

/**
 * What a volunteer or an organisation types to register. For a volunteer the provider is the
 * person, so {@code organisation} stays empty.
 */
public record Registration(ProviderKind kind, String organisation, String name, Long municipalityId, String email,
                           String password, String language, boolean consent) {
}
