package de.willkommenvorort.support;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.account.StaffAccounts;
import de.willkommenvorort.account.Totp;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.translation.Translators;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Registers and verifies provider and translator accounts through the real services and mail, makes staff
 * accounts with a second factor, and signs them in.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Tee mit Minze und Honig";

    private final AccountService accounts;
    private final StaffAccounts staff;
    private final MunicipalityService municipalities;
    private final Inbox inbox;
    private final Translators translators;
    private final Map<Long, String> secrets = new ConcurrentHashMap<>();

    TestAccounts(AccountService accounts, StaffAccounts staff, MunicipalityService municipalities, Inbox inbox,
                 Translators translators) {
        this.accounts = accounts;
        this.translators = translators;
        this.staff = staff;
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

    /**
     * A verified volunteer translator who registered with these languages (codes), their mail in
     * English; the address is {@link AccountUser#getUsername()}.
     */
    public AccountUser translator(String... languages) {
        String email = uniqueEmail();
        translators.register(new Translators.SignUp("Hiwet Test", email, PASSWORD, "en", true, Set.of(languages)),
                "198.51.100." + (email.hashCode() & 0x7f));
        String path = Inbox.linkPath(inbox.await(email, 1), "/account/verify/");
        accounts.verify(path.substring("/account/verify/".length()));
        return accounts.loadUserByUsername(email);
    }

    /** A verified moderator with a second factor set up; its secret is {@link #secret(AccountUser)}. */
    public AccountUser moderator() {
        return staffMember(AppRoles.MODERATOR);
    }

    /** A verified administrator with a second factor set up; its secret is {@link #secret(AccountUser)}. */
    public AccountUser admin() {
        return staffMember(AppRoles.ADMIN);
    }

    /** The base32 second-factor secret of a staff account made here, as an authenticator app keeps it. */
    public String secret(AccountUser user) {
        return secrets.get(user.accountId());
    }

    /** The code an authenticator app shows for the secret now. */
    public static String totpCode(String secret) {
        return Totp.code(secret, Instant.now());
    }

    private AccountUser staffMember(String role) {
        String email = uniqueEmail();
        String secret = Totp.newSecret();
        long id = SystemActor.call(() -> staff.createWithSecondFactor(email, "Staff Test", role, PASSWORD, "en", secret));
        secrets.put(id, secret);
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
