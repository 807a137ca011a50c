package de.willkommenvorort.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.mail.MailOutbox;
import de.willkommenvorort.mail.OutboxMail;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;

/**
 * {@code /staff/mail}: mail that has not left, with how many wait and how many failed. Each shows
 * to whom, what, since when, how often it was tried, when next, and the server's last answer; an
 * administrator tries it again now or discards it (both go to the audit trail).
 */
@Route(value = MailOutboxView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class MailOutboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/mail";

    private final MailOutbox outbox;
    private final Language language;
    private final Paragraph counts = new Paragraph();
    private final Div notice = new Div();
    private final Div list = new Div();

    MailOutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        this.language = Language.of(getLocale());
        addClassNames("page", "mail-outbox");
        counts.addClassName("mail-outbox-counts");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        list.addClassName("mail-outbox-list");
        add(new H1(getTranslation("mail.outbox.title")), new Paragraph(getTranslation("mail.outbox.hint")), counts,
                notice, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        counts.removeAll();
        counts.add(new Span(getTranslation("mail.outbox.waiting", outbox.waiting(), outbox.delayed())),
                new Span(getTranslation("mail.outbox.failed", outbox.failed())));
        list.removeAll();
        List<OutboxMail> unsent = outbox.unsent();
        if (unsent.isEmpty()) {
            list.add(new Paragraph(getTranslation("mail.outbox.empty")));
        }
        unsent.forEach(mail -> list.add(card(mail)));
        if (unsent.size() >= MailOutbox.LISTED) {
            list.add(new Paragraph(getTranslation("mail.outbox.more", MailOutbox.LISTED)));
        }
    }

    private Div card(OutboxMail mail) {
        Span recipient = new Span(mail.recipient());
        recipient.addClassName("mail-outbox-recipient");
        recipient.getElement().setAttribute("dir", "ltr");
        Span state = new Span(getTranslation("mail.outbox.state." + mail.state().name().toLowerCase(Locale.ROOT)));
        state.addClassNames("mail-outbox-state", mail.state().name().toLowerCase(Locale.ROOT));
        Div head = new Div(recipient, state);
        head.addClassName("mail-outbox-head");
        Span subject = new Span(mail.subject());
        subject.addClassName("mail-outbox-subject");
        // The subject is in the recipient's language and script.
        subject.getElement().setAttribute("dir", "auto");
        Paragraph facts = new Paragraph(new Span(getTranslation("mail.outbox.created", when(mail.createdAt()))),
                new Span(getTranslation("mail.outbox.attempts", mail.attempts())));
        mail.nextAttemptAt().ifPresent(next -> facts.add(new Span(getTranslation("mail.outbox.next", when(next)))));
        facts.addClassName("mail-outbox-facts");
        Div card = new Div(head, subject, facts);
        card.addClassName("mail-outbox-mail");
        mail.lastError().ifPresent(error -> {
            Paragraph last = new Paragraph(getTranslation("mail.outbox.error", error));
            last.addClassName("mail-outbox-error");
            card.add(last);
        });
        Button retry = action("mail.outbox.retry", mail.id(), outbox::tryAgain, "mail.outbox.retry.done");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(retry, discard(mail));
        actions.addClassName("mail-outbox-actions");
        card.add(actions);
        return card;
    }

    /** Discarding asks once more, in place: a second button confirms. */
    private Button discard(OutboxMail mail) {
        Button discard = new Button(getTranslation("mail.outbox.discard"));
        discard.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        discard.addClickListener(e -> {
            Button confirm = action("mail.outbox.discard.confirm", mail.id(), outbox::discard, "mail.outbox.discard.done");
            confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            discard.getParent().ifPresent(parent -> parent.getElement().appendChild(confirm.getElement()));
            discard.setEnabled(false);
        });
        return discard;
    }

    /**
     * A button that does the work, says how it went and shows the list again, also through the
     * router, so that the count in the staff navigation is current too (the notice stays).
     */
    private Button action(String key, long id, LongPredicate work, String doneKey) {
        Button button = new Button(getTranslation(key), e -> {
            notice.removeAll();
            notice.add(new Paragraph(getTranslation(work.test(id) ? doneKey : "mail.outbox.gone")));
            show();
            getUI().ifPresent(ui -> ui.navigate(ROUTE));
        });
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private String when(Instant at) {
        ZonedDateTime local = at.atZone(CountyTime.ZONE);
        return LocalFormats.date(local.toLocalDate(), language) + " " + LocalFormats.time(local.toLocalTime(), language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title") + " – " + getTranslation("app.name");
    }
}
