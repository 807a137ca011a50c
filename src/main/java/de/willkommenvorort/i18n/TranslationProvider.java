package de.willkommenvorort.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI strings from {@code translations/messages_<code>.properties} (UTF-8, ICU MessageFormat,
 * German the source). A key missing in a language falls back to German, so a newcomer never sees
 * a raw key; the translation tests make sure that does not happen in a release.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<Language, Map<String, String>> messages = new HashMap<>();

    public TranslationProvider() {
        for (Language language : Language.values()) {
            messages.put(language, load(language).orElse(Map.of()));
        }
    }

    /** Reads one language's file (see {@link Translations} for where from), if it is there. */
    public static Optional<Map<String, String>> load(Language language) {
        String file = "messages_" + language.code() + ".properties";
        return Translations.readIfThere(file).map(text -> {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read translations/" + file, e);
            }
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Collections.unmodifiableMap(map);
        });
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, Language.of(locale), params);
    }

    public String translate(String key, Language language, Object... params) {
        String pattern = messages.get(language).get(key);
        Language formatIn = language;
        if (pattern == null) {
            pattern = messages.get(Language.SOURCE).get(key);
            formatIn = Language.SOURCE;
        }
        if (pattern == null) {
            log.warn("Missing translation key {}", key);
            return key;
        }
        // MessageFormat instances are not thread-safe; building one is cheap next to a request.
        return new MessageFormat(pattern, formatIn.formatting()).format(params);
    }

    /** A language in its own name, and in the reader's language if that differs: "Українська (Ukrainisch)". */
    public String languageLabel(Language language, Language reader) {
        String own = language.ownName();
        String here = LocalFormats.languageName(language.code(), reader);
        return own.equals(here) ? own : own + " (" + here + ")";
    }
}
