package de.willkommenvorort.translation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranslatorLanguages extends JpaRepository<TranslatorLanguage, Long> {

    List<TranslatorLanguage> findByAccountIdOrderByLanguage(long accountId);

    Optional<TranslatorLanguage> findByAccountIdAndLanguage(long accountId, String language);

    List<TranslatorLanguage> findByLanguage(String language);

    List<TranslatorLanguage> findAllByOrderByAccountIdAscLanguageAsc();
}
