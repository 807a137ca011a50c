package de.willkommenvorort.provider;

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

    /** The provider's public name: the only provider data a newcomer sees. */
    public Optional<String> publicName(long providerId) {
        return providers.findById(providerId).map(Provider::getName);
    }
}
