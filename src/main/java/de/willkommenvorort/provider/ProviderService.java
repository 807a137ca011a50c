package de.willkommenvorort.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProviderService {

    private final ProviderRepository providers;

    ProviderService(ProviderRepository providers) {
        this.providers = providers;
    }

    @Transactional
    public long register(String name, ProviderKind kind) {
        return providers.save(new Provider(name, kind)).getId();
    }

    @Transactional
    public long register(String name, ProviderKind kind, String contactPerson, Long municipalityId) {
        Provider provider = new Provider(name, kind);
        provider.update(name, kind, contactPerson, municipalityId);
        return providers.save(provider).getId();
    }

    @Transactional
    public void update(long providerId, String name, ProviderKind kind, String contactPerson, Long municipalityId) {
        providers.findById(providerId).orElseThrow().update(name, kind, contactPerson, municipalityId);
    }

    /**
     * Removes what identifies the people behind a provider whose account was deleted. A volunteer's
     * provider name is their own name, so it becomes the pseudonym; an organisation keeps its name.
     */
    @Transactional
    public void forgetPeople(long providerId, String pseudonym) {
        Provider provider = providers.findById(providerId).orElseThrow();
        String name = provider.getKind() == ProviderKind.VOLUNTEER ? pseudonym : provider.getName();
        provider.update(name, provider.getKind(), null, provider.getMunicipalityId());
    }

    public Optional<ProviderProfile> profile(long providerId) {
        return providers.findById(providerId).map(p -> new ProviderProfile(p.getId(), p.getName(), p.getKind(),
                p.getContactPerson(), p.getMunicipalityId(), p.getCreatedAt()));
    }

    /** Every provider that is not a private volunteer, by name: the organisations staff can assign things to. */
    public List<ProviderProfile> organisations() {
        return providers.findAll().stream().filter(p -> p.getKind() != ProviderKind.VOLUNTEER)
                .map(p -> new ProviderProfile(p.getId(), p.getName(), p.getKind(), p.getContactPerson(),
                        p.getMunicipalityId(), p.getCreatedAt()))
                .sorted(java.util.Comparator.comparing(ProviderProfile::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The provider's public name: the only provider data a newcomer sees. */
    public Optional<String> publicName(long providerId) {
        return providers.findById(providerId).map(Provider::getName);
    }
}
