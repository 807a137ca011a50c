package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.Component;
import de.willkommenvorort.translation.TextRef;
import de.willkommenvorort.translation.TranslationQueue.Item;

/** How a text in a language's queue is named: its German title, what it is, and where it stands. */
final class QueueLabels {

    private QueueLabels() {
    }

    static String kind(Component on, TextRef ref) {
        return on.getTranslation(ref.kind() == TextRef.Kind.OFFER ? "translation.kind.offer" : "translation.kind.info");
    }

    static String status(Component on, Item item) {
        if (item.sentByMe()) {
            return on.getTranslation("translation.queue.sent");
        }
        if (item.requested()) {
            return on.getTranslation("translation.queue.requested");
        }
        return on.getTranslation(item.outdated() ? "translation.queue.outdated" : "translation.queue.missing");
    }

    static String item(Component on, Item item) {
        return on.getTranslation("translation.queue.item", item.source().title(), kind(on, item.source().ref()),
                status(on, item));
    }
}
