package de.willkommenvorort.support;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.support.TestMail.Inbox;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Registers and verifies provider accounts through the real services and mail, and signs them in. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Tee mit Minze und Honig";

    private final AccountService accounts;
    private final MunicipalityService municipalities;
    private final Inbox inbox;

    TestAccounts(AccountService accounts, MunicipalityService municipalities, Inbox inbox) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.inbox = inbox;
    }

    public static String uniqueEmail() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A verified volunteer's account, in the given language. */
    public AccountUser provider(String language) {
        String email = uniqueEmail();
        accounts.register(new Registration(ProviderKind.VOLUNTEER, "", "Samira Test", municipalities.all().getFirst().id(),
                email, PASSWORD, language, true), "192.0.2." + (email.hashCode() & 0x7f));
        String path = Inbox.linkPath(inbox.await(email, 1), "/account/verify/");
        accounts.verify(path.substring("/account/verify/".length()));
        return accounts.loadUserByUsername(email);
    }

    /** Acts as this person in the current thread, as a signed-in request would. */
    public static void signIn(AccountUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
