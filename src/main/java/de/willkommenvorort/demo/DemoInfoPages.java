package de.willkommenvorort.demo;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPageEditing;
import de.willkommenvorort.info.InfoPageForm;
import de.willkommenvorort.info.InfoTextInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo county's info pages ({@code demo/info-pages.json}), written and published through the
 * staff's own service. A page with {@code earlierGerman} is first saved with that German and the
 * translations made from it, then with today's German: those translations show as outdated, as
 * they would after a real change.
 */
@Component
@Profile("demo")
class DemoInfoPages {

    private final InfoPageEditing editing;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoInfoPages(InfoPageEditing editing) {
        this.editing = editing;
    }

    /** Loads and publishes the pages; the caller runs it as the system actor inside a transaction. */
    int load() {
        PagesFile file;
        try (InputStream in = new ClassPathResource("demo/info-pages.json").getInputStream()) {
            file = json.readValue(in, PagesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (PageRow row : file.pages()) {
            InfoPageForm today = form(row, row.texts());
            long id;
            if (row.earlierGerman() == null) {
                id = editing.create(today);
            } else {
                Map<String, TextRow> earlier = new HashMap<>();
                earlier.put(Language.SOURCE.code(), row.earlierGerman());
                row.translatedEarlier().forEach(code -> earlier.put(code, row.texts().get(code)));
                id = editing.create(form(row, earlier));
                editing.save(id, version(id), today);
            }
            editing.submit(id, version(id));
            editing.approve(id, version(id));
        }
        return file.pages().size();
    }

    private long version(long id) {
        return editing.details(id).orElseThrow().version();
    }

    private static InfoPageForm form(PageRow row, Map<String, TextRow> texts) {
        Map<Language, InfoTextInput> inputs = new TreeMap<>();
        texts.forEach((code, text) -> inputs.put(Language.ofCode(code).orElseThrow(
                () -> new IllegalStateException("Demo info page in an unknown language: " + code)),
                new InfoTextInput(text.title(), text.body())));
        return new InfoPageForm(row.slug(), row.block(), row.order(), inputs);
    }

    record PagesFile(List<PageRow> pages) {
    }

    record TextRow(String title, String body) {
    }

    record PageRow(String slug, BuildingBlock block, int order, TextRow earlierGerman, List<String> translatedEarlier,
                   Map<String, TextRow> texts) {
    }
}
