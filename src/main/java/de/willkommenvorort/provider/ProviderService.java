package de.willkommenvorort.provider;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProviderService {

    private final ProviderRepository providers;
    private final AuditLog audit;
    private final Clock clock;

    ProviderService(ProviderRepository providers, AuditLog audit, Clock clock) {
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
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
        return providers.findById(providerId).map(ProviderService::profile);
    }

    /** Every provider that is not a private volunteer, by name: the organisations staff can assign things to. */
    public List<ProviderProfile> organisations() {
        return all().stream().filter(p -> p.kind() != ProviderKind.VOLUNTEER).toList();
    }

    /** Every provider, by name. */
    public List<ProviderProfile> all() {
        return providers.findAll().stream().map(ProviderService::profile)
                .sorted(Comparator.comparing(ProviderProfile::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether staff trust the provider now: its offers and changes go public at once and are checked afterwards. */
    public boolean trusted(long providerId) {
        return providers.findById(providerId).flatMap(Provider::getTrustedSince).isPresent();
    }

    /**
     * An administrator trusts a provider, or withdraws the trust. From now on its offers and changes
     * go public at once (and wait for staff to check them afterwards), or wait for review before
     * they go public again. What is public stays public either way. Recorded in the audit log.
     */
    @Transactional
    @Secured("ROLE_" + AppRoles.ADMIN)
    public void trust(long providerId, boolean trusted) {
        Provider provider = providers.findById(providerId).orElseThrow();
        if (provider.getTrustedSince().isPresent() == trusted) {
            return;
        }
        if (trusted) {
            provider.trust(clock.instant());
        } else {
            provider.withdrawTrust();
        }
        audit.record(Actor.current(), trusted ? "PROVIDER_TRUSTED" : "PROVIDER_TRUST_WITHDRAWN", "provider",
                providerId, provider.getName());
    }

    private static ProviderProfile profile(Provider p) {
        return new ProviderProfile(p.getId(), p.getName(), p.getKind(), p.getContactPerson(), p.getMunicipalityId(),
                p.getCreatedAt(), p.getTrustedSince());
    }

    /** The provider's public name: the only provider data a newcomer sees. */
    public Optional<String> publicName(long providerId) {
        return providers.findById(providerId).map(Provider::getName);
    }
}
