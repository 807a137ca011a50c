package de.willkommenvorort.account;

/**
 * A feature that keeps data a provider's people wrote contributes it to their data export
 * (GDPR Art. 15 and 20) under its own section name.
 */
public interface PersonalDataSource {

    String section();

    Object export(long providerId);
}
