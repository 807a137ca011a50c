package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.translation.TextRef;
import de.willkommenvorort.translation.TranslationReview;
import de.willkommenvorort.translation.TranslationReview.Proposal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One translation waiting for a decision, beside its German (stacked on a phone): who sent it
 * and when, approve, or refuse with a reason. Staff see it on their translations page, a trusted
 * translator on their queue.
 */
class ProposalBox extends Section {

    /** Shows a list of proposals, or that none waits; {@code notice} takes the outcome's message key. */
    static void fill(Div target, TranslationReview review, Language ui, Consumer<String> notice) {
        target.removeAll();
        var open = review.open();
        if (open.isEmpty()) {
            target.add(new Paragraph(target.getTranslation("translation.proposals.empty")));
            return;
        }
        open.forEach(p -> target.add(new ProposalBox(p, review, ui, notice)));
    }

    ProposalBox(Proposal proposal, TranslationReview review, Language ui, Consumer<String> notice) {
        addClassName("translation-proposal");
        H3 heading = new H3(proposal.german().title());
        Bidi.writtenIn(heading, "de");
        Span kind = new Span(getTranslation(proposal.ref().kind() == TextRef.Kind.OFFER
                ? "translation.kind.offer" : "translation.kind.info"));
        kind.addClassName("translation-kind");
        Span facts = new Span(getTranslation(proposal.fromTranslator() ? "translation.proposals.by-translator"
                        : "translation.proposals.from",
                LocalFormats.languageName(proposal.language(), ui),
                LocalFormats.date(proposal.proposedAt().atZone(CountyTime.ZONE).toLocalDate(), ui), proposal.proposedBy()));
        facts.addClassName("translation-facts");
        Div german = column(getTranslation("translation.proposals.german"), "de", proposal.german().german());
        Div translated = column(LocalFormats.languageName(proposal.language(), ui), proposal.language(), proposal.words());
        Div columns = new Div(german, translated);
        columns.addClassName("translation-columns");
        add(kind, heading, facts, columns);
        if (proposal.sourceChanged()) {
            Paragraph changed = new Paragraph(getTranslation("translation.proposals.source-changed"));
            changed.addClassName("form-notice");
            add(changed);
        }
        TextField note = new TextField(getTranslation("translation.proposals.reject.note"));
        note.setMaxLength(500);
        Button approve = new Button(getTranslation("translation.proposals.approve"), e -> {
            boolean approved = review.approve(proposal.id());
            notice.accept(approved ? "translation.proposals.approved" : "translation.proposals.source-changed");
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setEnabled(!proposal.sourceChanged());
        approve.setDisableOnClick(true);
        Button refuse = new Button(getTranslation("translation.proposals.reject"), e -> {
            review.refuse(proposal.id(), note.getValue());
            notice.accept("translation.proposals.rejected");
        });
        refuse.setDisableOnClick(true);
        Div actions = new Div(approve, note, refuse);
        actions.addClassName("translation-actions");
        add(actions);
    }

    private static Div column(String label, String languageCode, Map<String, String> words) {
        Span name = new Span(label);
        name.addClassName("field-label");
        Div column = new Div(name);
        boolean first = true;
        for (String text : words.values()) {
            PlainText part = new PlainText(text == null ? "" : text, languageCode);
            if (first) {
                part.addClassName("translation-title");
                first = false;
            }
            column.add(part);
        }
        column.addClassName("translation-column");
        return column;
    }
}
