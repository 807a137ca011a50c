package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.TranslationQueue;
import de.willkommenvorort.translation.TranslationReview;
import de.willkommenvorort.translation.Translators;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code translate}: a volunteer translator's own area. The queue of one of their languages (what
 * staff asked for first, then the oldest published), the translations they may approve where
 * staff trust them with a language, what they sent and what became of it, and their languages.
 */
@Route(value = TranslateView.ROUTE, layout = MainLayout.class)
@RolesAllowed(AppRoles.TRANSLATOR)
class TranslateView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "translate";
    static final String LANGUAGE = "language";

    private final TranslationQueue queue;
    private final TranslationReview review;
    private final Translators translators;
    private final ServedLanguages served;
    private final AuthenticationContext authentication;
    private final Language ui;
    private final Div notice = new Div();

    TranslateView(TranslationQueue queue, TranslationReview review, Translators translators, ServedLanguages served,
                  AuthenticationContext authentication) {
        this.queue = queue;
        this.review = review;
        this.translators = translators;
        this.served = served;
        this.authentication = authentication;
        this.ui = Language.of(getLocale());
        addClassNames("page", "translate-page");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<Language, Boolean> mine = translators.mine();
        Language chosen = event.getLocation().getQueryParameters().getSingleParameter(LANGUAGE)
                .flatMap(Language::ofCode).filter(mine::containsKey)
                .orElse(mine.isEmpty() ? null : mine.keySet().iterator().next());
        show(mine, chosen);
    }

    private void show(Map<Language, Boolean> mine, Language chosen) {
        removeAll();
        add(new ProviderNav(authentication), new H1(getTranslation("translation.queue.title")),
                new Paragraph(getTranslation("translation.queue.intro")), notice);
        if (chosen != null) {
            Select<Language> language = new Select<>();
            language.setLabel(getTranslation("translation.queue.language"));
            language.setItems(new ArrayList<>(mine.keySet()));
            language.setItemLabelGenerator(this::name);
            language.setValue(chosen);
            language.addValueChangeListener(e -> getUI().ifPresent(u -> u.navigate(ROUTE,
                    QueryParameters.of(LANGUAGE, e.getValue().code()))));
            add(language, queueOf(chosen));
        }
        if (mine.containsValue(true)) {
            Div proposals = new Div();
            add(new H2(getTranslation("translation.queue.review")), proposals);
            ProposalBox.fill(proposals, review, ui, key -> {
                notice.removeAll();
                notice.add(new Paragraph(getTranslation(key)));
                show(translators.mine(), chosen);
            });
        }
        add(sent(), languages(mine, chosen));
    }

    private Div queueOf(Language language) {
        Div box = new Div();
        box.addClassName("translation-queue");
        List<TranslationQueue.Item> items = queue.queue(language);
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("translation.queue.empty")));
            return box;
        }
        box.add(new Paragraph(getTranslation("translation.queue.count", items.size(), name(language))));
        UnorderedList list = new UnorderedList();
        list.addClassName("translation-queue-list");
        for (TranslationQueue.Item item : items) {
            Span title = new Span(item.source().title());
            Bidi.writtenIn(title, "de");
            title.addClassName("translation-title");
            Span facts = new Span(QueueLabels.kind(this, item.source().ref()) + " · " + QueueLabels.status(this, item));
            facts.addClassNames("translation-facts", item.requested() ? "translation-requested" : "translation-plain");
            var link = MainLayout.routerLink(ROUTE + "/" + item.source().ref().key() + "/" + language.code(), title, facts);
            ListItem entry = new ListItem(link);
            if (item.requested() && !item.requestNote().isBlank()) {
                Paragraph note = new Paragraph(getTranslation("translation.queue.request-note", item.requestNote()));
                note.addClassName("moderator-note");
                entry.add(note);
            }
            list.add(entry);
        }
        box.add(list);
        return box;
    }

    private Div sent() {
        Div box = new Div();
        List<TranslationQueue.Sent> sent = queue.sent();
        if (sent.isEmpty()) {
            return box;
        }
        box.add(new H2(getTranslation("translation.sent.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("translation-sent");
        for (TranslationQueue.Sent s : sent) {
            String title = s.title().orElse(s.ref().key());
            ListItem item = new ListItem(new Span(getTranslation("translation.sent.item", title, name(Language.get(s.language())),
                    LocalFormats.date(s.at().atZone(CountyTime.ZONE).toLocalDate(), ui),
                    getTranslation("translation.sent.state." + s.state().toLowerCase()))));
            if (s.note() != null) {
                Paragraph note = new Paragraph(getTranslation("translation.sent.note", s.note()));
                note.addClassName("moderator-note");
                item.add(note);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div languages(Map<Language, Boolean> mine, Language chosen) {
        CheckboxGroup<Language> choice = new CheckboxGroup<>(getTranslation("translator.languages"));
        choice.setItems(served.all().stream().filter(l -> l != Language.SOURCE).toList());
        choice.setItemLabelGenerator(l -> Boolean.TRUE.equals(mine.get(l))
                ? getTranslation("translator.language.trusted", Languages.label(l, ui)) : Languages.label(l, ui));
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choice.setValue(mine.keySet());
        choice.addClassName("translator-languages");
        Button save = new Button(getTranslation("translator.languages.save"), e -> {
            try {
                translators.changeMine(choice.getValue().stream().map(Language::code).collect(Collectors.toSet()));
                notice.removeAll();
                notice.add(new Paragraph(getTranslation("translator.languages.saved")));
                Map<Language, Boolean> now = translators.mine();
                show(now, now.containsKey(chosen) ? chosen : now.keySet().iterator().next());
            } catch (InvalidInput invalid) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation(invalid.problems().get("languages")));
            }
        });
        Div box = new Div(new H2(getTranslation("translator.languages.title")), choice, save);
        box.addClassName("translator-languages-box");
        return box;
    }

    private String name(Language language) {
        return LocalFormats.languageName(language.code(), ui);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.queue.title");
    }
}
