package de.willkommenvorort.translation;

import de.willkommenvorort.account.PersonalDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A translator's languages and trust, in their data export. (Their account's deletion removes them.) */
@Component
class TranslatorData implements PersonalDataSource {

    private final TranslatorLanguages languages;

    TranslatorData(TranslatorLanguages languages) {
        this.languages = languages;
    }

    @Override
    public String section() {
        return "translatorLanguages";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportAccount(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TranslatorLanguage l : languages.findByAccountIdOrderByLanguage(accountId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("language", l.language());
            row.put("trustedSince", Optional.ofNullable(l.trustedAt()).map(Instant::toString).orElse(null));
            rows.add(row);
        }
        return rows.isEmpty() ? null : rows;
    }
}
