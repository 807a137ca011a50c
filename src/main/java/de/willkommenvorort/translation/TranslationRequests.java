package de.willkommenvorort.translation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranslationRequests extends JpaRepository<TranslationRequest, Long> {

    List<TranslationRequest> findByLanguageAndDoneAtIsNullOrderByRequestedAtAscIdAsc(String language);
}
