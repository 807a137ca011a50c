package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.account.Account;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.PasswordPolicy;
import de.willkommenvorort.base.ui.DeviceDrafts;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's own account: name and language of mails, password, signing out everywhere, a
 * download of all their data, and deleting the account. Whichever ends the session here also
 * clears the unsaved input the account left on this device, as signing out does ({@link DeviceDrafts}).
 */
@Route(value = "my/profile", layout = MainLayout.class)
@RolesAllowed({AppRoles.PROVIDER, AppRoles.TRANSLATOR, AppRoles.MODERATOR, AppRoles.ADMIN})
class ProfileView extends Div implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final long accountId;

    ProfileView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        AccountUser user = CurrentAccount.require();
        this.accountId = user.accountId();
        Account account = accounts.account(accountId).orElseThrow();
        addClassNames("page", "account-page");
        add(new ProviderNav(authentication), new H1(getTranslation("profile.title")),
                new Paragraph(getTranslation("profile.email", account.getEmail())));
        add(profile(account), password(), sessions(), data(), deletion());
    }

    private Section profile(Account account) {
        TextField name = new TextField(getTranslation("register.name"));
        name.setMaxLength(Account.NAME_MAX);
        name.setValue(account.getDisplayName());
        name.setWidthFull();
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setHelperText(getTranslation("profile.language.hint"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l.ownName());
        language.setValue(Language.ofCode(account.getLanguage()).orElse(Language.SOURCE));
        language.setWidthFull();
        Div notice = notice();
        FormErrors errors = new FormErrors().field("name", name).field("language", language);
        Button save = new Button(getTranslation("profile.save"), e -> {
            notice.removeAll();
            try {
                accounts.updateProfile(accountId, name.getValue(),
                        language.getValue() == null ? null : language.getValue().code());
                errors.clear();
                notice.add(new Paragraph(getTranslation("profile.saved")));
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        return section("profile.section.profile", notice, name, language, save);
    }

    private Section password() {
        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        PasswordField next = new PasswordField(getTranslation("reset.new-password"));
        next.setHelperText(getTranslation("register.password.hint", PasswordPolicy.MIN, PasswordPolicy.SUGGESTED));
        next.setMaxLength(PasswordPolicy.MAX);
        current.setWidthFull();
        next.setWidthFull();
        Div notice = notice();
        FormErrors errors = new FormErrors().field("current", current).field("password", next);
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            notice.removeAll();
            try {
                accounts.changePassword(accountId, current.getValue(), next.getValue());
                DeviceDrafts.forgetAccount(accountId);
                // The change ended all sessions, this one too: sign in again with the new password.
                authentication.logout();
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        return section("profile.section.password", notice, current, next, change);
    }

    private Section sessions() {
        Button everywhere = new Button(getTranslation("profile.sessions.end"), e -> {
            accounts.endAllSessions(accountId);
            DeviceDrafts.forgetAccount(accountId);
            authentication.logout();
        });
        return section("profile.section.sessions", new Paragraph(getTranslation("profile.sessions.hint")), everywhere);
    }

    private Section data() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = JSON.writeValueAsString(accounts.export(accountId)).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(json),
                    "willkommen-vor-ort-my-data.json", "application/json", json.length);
        }), getTranslation("profile.data.download"));
        download.addClassName("primary-link");
        download.getElement().setAttribute("download", true);
        return section("profile.section.data", new Paragraph(getTranslation("profile.data.hint")), download);
    }

    private Section deletion() {
        PasswordField confirm = new PasswordField(getTranslation("profile.delete.confirm"));
        confirm.setWidthFull();
        FormErrors errors = new FormErrors().field("password", confirm);
        Button delete = new Button(getTranslation("profile.delete.button"), e -> {
            try {
                accounts.delete(accountId, confirm.getValue());
                DeviceDrafts.forgetAccount(accountId);
                authentication.logout();
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        return section("profile.section.delete", new Paragraph(getTranslation("profile.delete.hint")), confirm, delete);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("editor-section");
        section.add(content);
        return section;
    }

    private static Div notice() {
        Div notice = new Div();
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
