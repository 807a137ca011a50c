package de.willkommenvorort.account;

/**
 * A feature that keeps data a person wrote or chose contributes it to their data export (GDPR
 * Art. 15 and 20) under its own section name: what a provider's people wrote, keyed by the
 * provider, or what belongs to the account itself. A source with nothing for the person gives null.
 */
public interface PersonalDataSource {

    String section();

    /** What the provider's people wrote, or null. */
    default Object export(long providerId) {
        return null;
    }

    /** What belongs to the account itself, or null. */
    default Object exportAccount(long accountId) {
        return null;
    }
}
