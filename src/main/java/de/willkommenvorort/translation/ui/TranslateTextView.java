package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.EasyReadingNote;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.search.GlossaryTerms;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.Source;
import de.willkommenvorort.translation.TextRef;
import de.willkommenvorort.translation.TranslationQueue;
import de.willkommenvorort.translation.TranslationQueue.Task;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code translate/offer-12/ti}: one text to translate. Each field shows its German above the
 * box to write in (the box in the target language's script and direction), the words of the
 * glossary the German uses with their agreed renderings, and what must be carried over as written.
 * What is sent waits for review; bad input is named field by field, and what was typed stays.
 */
@Route(value = TranslateView.ROUTE + "/:key/:language", layout = MainLayout.class)
@RolesAllowed(AppRoles.TRANSLATOR)
class TranslateTextView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final TranslationQueue queue;
    private final AuthenticationContext authentication;
    private final Language ui;
    private final Div notice = new Div();
    private final FormErrors errors = new FormErrors();
    private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();

    TranslateTextView(TranslationQueue queue, AuthenticationContext authentication) {
        this.queue = queue;
        this.authentication = authentication;
        this.ui = Language.of(getLocale());
        addClassNames("page", "translate-text-page");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TextRef> ref = event.getRouteParameters().get("key").flatMap(TextRef::parse);
        Optional<Language> language = event.getRouteParameters().get("language").flatMap(Language::ofCode);
        Optional<Task> task = Optional.empty();
        if (ref.isPresent() && language.isPresent()) {
            try {
                task = queue.task(ref.get(), language.get());
            } catch (TranslationQueue.NotAvailable notYours) {
                task = Optional.empty();
            }
        }
        removeAll();
        add(new ProviderNav(authentication));
        if (task.isEmpty()) {
            add(new H1(getTranslation("translation.task.gone.title")),
                    new Paragraph(getTranslation("translation.task.gone.text")), back(language.orElse(null)));
            return;
        }
        show(task.get());
    }

    private void show(Task task) {
        Source source = task.source();
        Language language = task.language();
        H1 heading = new H1(getTranslation("translation.task.title", name(language)));
        PlainText title = new PlainText(source.title(), "de");
        title.addClassName("translation-source-title");
        Span kind = new Span(QueueLabels.kind(this, source.ref()));
        kind.addClassName("translation-kind");
        add(back(language), heading, kind, title);
        if (task.sent().isPresent()) {
            add(status("translation.task.sent"));
        } else if (task.waitingFromOthers()) {
            add(status("translation.task.waiting"));
        } else if (task.outdated()) {
            add(status("translation.task.outdated"));
        } else if (task.existing().isPresent()) {
            add(status("translation.task.current"));
        }
        add(notice);
        Map<String, String> start = task.sent().or(task::existing).orElse(Map.of());
        for (Source.Field field : source.fields()) {
            add(field(field, language, start.getOrDefault(field.name(), "")));
        }
        if (language.easyToRead()) {
            add(new EasyReadingNote(fields.values().toArray(AbstractField[]::new)));
        }
        if (!task.keepAsWritten().isEmpty()) {
            Section keep = new Section(new H2(getTranslation("translation.task.keep")));
            UnorderedList parts = new UnorderedList();
            task.keepAsWritten().forEach(part -> {
                ListItem item = new ListItem(part);
                item.getElement().setAttribute("dir", "ltr");
                parts.add(item);
            });
            keep.add(parts);
            keep.addClassName("translation-keep");
            add(keep);
        }
        add(glossary(task.terms(), language));
        Button send = new Button(getTranslation("translation.task.send"), e -> send(task));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setEnabled(!task.waitingFromOthers());
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        add(send);
    }

    private Section field(Source.Field field, Language language, String start) {
        Section box = new Section();
        box.addClassName("translation-field");
        Span label = new Span(getTranslation("translation.field." + field.name()));
        label.addClassName("field-label");
        Span germanLabel = new Span(getTranslation("translation.proposals.german"));
        germanLabel.addClassName("translation-facts");
        PlainText german = new PlainText(field.german(), "de");
        german.addClassName("translation-german");
        AbstractField<?, String> input;
        String inputLabel = getTranslation("translation.field.in", getTranslation("translation.field." + field.name()),
                name(language));
        if ("title".equals(field.name())) {
            TextField text = new TextField(inputLabel);
            text.setMaxLength(field.max());
            text.setWidthFull();
            input = text;
        } else {
            TextArea text = new TextArea(inputLabel);
            text.setMaxLength(field.max());
            text.setWidthFull();
            text.setMinRows("body".equals(field.name()) || "description".equals(field.name()) ? 6 : 2);
            input = text;
        }
        input.setValue(start);
        input.getElement().setAttribute("lang", language.code());
        Bidi.writtenIn(input, language.code());
        input.getElement().setAttribute("data-field", field.name());
        errors.field(field.name(), (HasValidation) input);
        fields.put(field.name(), input);
        box.add(label, germanLabel, german, input);
        return box;
    }

    private Section glossary(List<GlossaryTerms.Term> terms, Language language) {
        Section box = new Section(new H2(getTranslation("translation.task.glossary")));
        box.addClassName("translation-glossary");
        if (terms.isEmpty()) {
            box.add(new Paragraph(getTranslation("translation.task.glossary.none")));
            return box;
        }
        box.add(new Paragraph(getTranslation("translation.task.glossary.hint")));
        UnorderedList list = new UnorderedList();
        for (GlossaryTerms.Term term : terms) {
            Span german = new Span(term.german());
            Bidi.writtenIn(german, "de");
            german.addClassName("translation-title");
            ListItem item = new ListItem(german, new Span(" → "));
            if (term.renderings().isEmpty()) {
                item.add(new Span(getTranslation("translation.task.glossary.open")));
            } else {
                Span renderings = new Span(String.join(" · ", term.renderings()));
                renderings.getElement().setAttribute("lang", language.code());
                Bidi.writtenIn(renderings, language.code());
                item.add(renderings);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private void send(Task task) {
        notice.removeAll();
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((name, field) -> typed.put(name, field.getValue()));
        try {
            queue.submit(task.source().ref(), task.language(), task.source().hash(), typed);
        } catch (TranslationQueue.NotTaken notTaken) {
            Map<String, String> rest = errors.show(notTaken.problems(), this);
            String parts = String.join(", ", notTaken.parts());
            rest.values().forEach(key -> notice.add(new Paragraph(getTranslation(key, parts))));
            notice.add(new Paragraph(getTranslation("form.check")));
            return;
        } catch (TranslationQueue.NotAvailable gone) {
            removeAll();
            add(new ProviderNav(authentication), new H1(getTranslation("translation.task.gone.title")),
                    new Paragraph(getTranslation("translation.task.gone.text")), back(task.language()));
            return;
        }
        removeAll();
        add(new ProviderNav(authentication), new H1(getTranslation("translation.task.thanks.title")),
                new Paragraph(getTranslation("translation.task.thanks.text")), back(task.language()));
    }

    private Paragraph status(String key) {
        Paragraph status = new Paragraph(getTranslation(key));
        status.addClassName("translation-status");
        return status;
    }

    private Anchor back(Language language) {
        String href = TranslateView.ROUTE + (language == null ? "" : "?" + TranslateView.LANGUAGE + "=" + language.code());
        var link = MainLayout.routerLink(href, new Span(getTranslation("translation.task.back")));
        link.addClassName("back-link");
        return link;
    }

    private String name(Language language) {
        return LocalFormats.languageName(language.code(), ui);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.queue.title");
    }
}
