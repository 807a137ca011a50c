package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommenvorort.i18n.EasyReading;
import de.willkommenvorort.i18n.EasyReading.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Under the fields of a text in Easy German: which sentences have more than 12 words and which
 * words more than 20 letters, followed as the writer leaves a field. A note, not a refusal: the
 * reviewer sees the same note and decides.
 */
public class EasyReadingNote extends Div {

    private final List<AbstractField<?, String>> fields;
    private final Span heading = new Span();
    private final UnorderedList list = new UnorderedList();
    private final Span fine = new Span();

    @SafeVarargs
    public EasyReadingNote(AbstractField<?, String>... watched) {
        this.fields = List.of(watched);
        addClassName("easy-check");
        getElement().setAttribute("role", "status");
        heading.setText(getTranslation("easy.check.title"));
        heading.addClassName("field-label");
        fine.setText(getTranslation("easy.check.fine"));
        add(heading, fine, list);
        for (AbstractField<?, String> field : fields) {
            field.addValueChangeListener(e -> refresh());
        }
        refresh();
    }

    /** Checks the fields' current values again. */
    public void refresh() {
        List<Finding> findings = new ArrayList<>();
        for (AbstractField<?, String> field : fields) {
            findings.addAll(EasyReading.check(field.getValue()));
        }
        list.removeAll();
        for (Finding finding : findings) {
            list.add(new ListItem(finding.kind() == EasyReading.Kind.LONG_SENTENCE
                    ? getTranslation("easy.check.sentence", finding.count(), finding.text())
                    : getTranslation("easy.check.word", finding.count(), finding.text())));
        }
        fine.setVisible(findings.isEmpty());
        list.setVisible(!findings.isEmpty());
        setClassName("easy-check-breaks", !findings.isEmpty());
    }
}
