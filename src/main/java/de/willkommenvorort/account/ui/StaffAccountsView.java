package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.StaffAccounts;
import de.willkommenvorort.account.StaffMember;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The county's staff accounts, for administrators: who has which role, who has set up the second
 * factor and when they last signed in; invite someone, change a role, reset a lost second factor,
 * end someone's sessions, remove an account. One card per person, so it reads on a phone.
 */
@Route(value = StaffAccountsSection.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class StaffAccountsView extends Div implements HasDynamicTitle {

    private final StaffAccounts staff;
    private final Div notice = new Div();
    private final Div list = new Div();

    StaffAccountsView(StaffAccounts staff) {
        this.staff = staff;
        addClassName("staff-accounts");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        list.addClassName("staff-account-list");
        add(new H1(getTranslation("staff.account.title")), notice, invitation(), list);
        refresh();
    }

    private Section invitation() {
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setMaxLength(Account.EMAIL_MAX);
        Select<String> role = roleChoice();
        role.setValue(AppRoles.MODERATOR);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("staff.account.invite.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l.ownName());
        language.setValue(Language.of(getLocale()));
        FormErrors errors = new FormErrors().field("email", email).field("role", role).field("language", language);
        Button invite = new Button(getTranslation("staff.account.invite.submit"), e -> {
            try {
                staff.invite(email.getValue(), role.getValue(), language.getValue() == null ? null
                        : language.getValue().code());
                errors.clear();
                say(getTranslation("staff.account.invite.sent", email.getValue().strip()));
                email.clear();
                refresh();
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        Div fields = new Div(email, role, language, invite);
        fields.addClassName("staff-invite-fields");
        Section section = new Section(new H2(getTranslation("staff.account.invite.title")), fields);
        section.addClassName("staff-invite");
        return section;
    }

    private void refresh() {
        list.removeAll();
        staff.list().forEach(member -> list.add(card(member)));
    }

    private Div card(StaffMember member) {
        Div card = new Div();
        card.addClassName("staff-account");
        Language language = Language.of(getLocale());
        Span name = new Span(member.name().isBlank() ? member.email() : member.name());
        name.addClassName("staff-account-name");
        Paragraph facts = new Paragraph();
        facts.addClassName("staff-account-facts");
        facts.add(new Span(member.email()), new Span(getTranslation("staff.account.role." + member.role())),
                new Span(getTranslation(member.invited() ? "staff.account.invited"
                        : member.secondFactor() ? "staff.account.factor.yes" : "staff.account.factor.no")),
                new Span(member.lastSignIn().map(at -> {
                    ZonedDateTime local = at.atZone(CountyTime.ZONE);
                    return getTranslation("staff.account.last-sign-in", LocalFormats.date(local.toLocalDate(), language),
                            LocalFormats.time(local.toLocalTime(), language));
                }).orElseGet(() -> getTranslation("staff.account.never"))));
        card.add(name, facts);
        if (CurrentAccount.get().map(u -> u.accountId() == member.id()).orElse(false)) {
            // Nobody changes, resets, signs out or removes their own account here.
            return card;
        }
        Select<String> role = roleChoice();
        role.setValue(member.role());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> staff.changeRole(member.id(), e.getValue()), "staff.account.role.changed");
            }
        });
        Div actions = new Div(role,
                action("staff.account.reset-factor", member, staff::resetSecondFactor, "staff.account.reset-factor.done"),
                action("staff.account.end-sessions", member, staff::endSessions, "staff.account.end-sessions.done"),
                removal(member));
        actions.addClassName("staff-account-actions");
        card.add(actions);
        return card;
    }

    private Button action(String key, StaffMember member, LongConsumer work, String doneKey) {
        Button button = new Button(getTranslation(key), e -> act(() -> work.accept(member.id()), doneKey));
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /** Removing asks once more, in place: a second button confirms. */
    private Button removal(StaffMember member) {
        Button remove = new Button(getTranslation("staff.account.remove"));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.addClickListener(e -> {
            Button confirm = new Button(getTranslation("staff.account.remove.confirm", member.email()),
                    c -> act(() -> staff.remove(member.id()), "staff.account.removed"));
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            remove.getParent().ifPresent(parent -> parent.getElement().appendChild(confirm.getElement()));
            remove.setEnabled(false);
        });
        return remove;
    }

    private void act(Runnable work, String doneKey) {
        try {
            work.run();
            say(getTranslation(doneKey));
        } catch (InvalidInput refused) {
            say(getTranslation(refused.problems().values().iterator().next()));
        }
        refresh();
    }

    private void say(String text) {
        notice.removeAll();
        notice.add(new Paragraph(text));
    }

    private Select<String> roleChoice() {
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("staff.account.role"));
        role.setItems(List.of(AppRoles.MODERATOR, AppRoles.ADMIN));
        role.setItemLabelGenerator(r -> getTranslation("staff.account.role." + r));
        return role;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.account.title");
    }
}
