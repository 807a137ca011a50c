package de.willkommenvorort.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
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

    private final Map<Language, Map<String, String>> messages = new EnumMap<>(Language.class);

    public TranslationProvider() {
        for (Language language : Language.values()) {
            messages.put(language, load(language).orElse(Map.of()));
        }
    }

    /** Reads one language's file from the class path, if it is there. */
    public static Optional<Map<String, String>> load(Language language) {
        String resource = "/translations/messages_" + language.code() + ".properties";
        try (InputStream in = TranslationProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Optional.of(Collections.unmodifiableMap(map));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
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
        String own = translate("language.name", language);
        String here = LocalFormats.languageName(language.code(), reader);
        return own.equals(here) ? own : own + " (" + here + ")";
    }
}
