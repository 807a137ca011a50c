package de.willkommenvorort.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestMail.Inbox;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registration, verification, password reset and sign-in throttling on the real database and SMTP. */
@AppTest
class AccountIT {

    static final String PASSWORD = "Kaffee mit Milch am Morgen";

    @Autowired
    AccountService accounts;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountSecurity security;

    @LocalServerPort
    int port;

    @AfterEach
    void forgetFailedSignIns() {
        // Other tests sign in from the same address.
        security.forgetFailures();
    }

    @Test
    void registration_mails_a_link_that_verifies_the_address_once() {
        String email = uniqueEmail();
        accounts.register(registration(email, PASSWORD), "10.0.0.1");

        MimeMessage mail = inbox.await(email, 1);
        String path = Inbox.linkPath(mail, "/account/verify/");
        String token = path.substring("/account/verify/".length());
        assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();

        assertThat(accounts.verify(token)).isEqualTo(AccountService.LinkResult.DONE);
        assertThat(accounts.loadUserByUsername(email.toUpperCase()).isEnabled()).isTrue();
        assertThat(accounts.verify(token)).isEqualTo(AccountService.LinkResult.UNKNOWN);
    }

    @Test
    void an_expired_verification_link_is_refused_and_a_new_one_can_be_sent() throws Exception {
        String email = uniqueEmail();
        accounts.register(registration(email, PASSWORD), "10.0.0.2");
        String token = token(inbox.await(email, 1), "/account/verify/");
        jdbc.update("update account_token set expires_at = now() - interval 1 minute");

        assertThat(accounts.verify(token)).isEqualTo(AccountService.LinkResult.EXPIRED);
        accounts.resendVerification(email, "10.0.0.2");
        assertThat(accounts.verify(token(inbox.await(email, 2), "/account/verify/")))
                .isEqualTo(AccountService.LinkResult.DONE);
    }

    @Test
    void a_common_password_is_refused_and_nothing_is_saved() {
        String email = uniqueEmail();
        int before = count();
        assertThatThrownBy(() -> accounts.register(registration(email, "password1234"), "10.0.0.3"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("password", "account.password.common"));
        assertThatThrownBy(() -> accounts.register(registration(email, "kurz"), "10.0.0.3"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("password", "account.password.short"));
        assertThat(count()).isEqualTo(before);
        assertThat(queued(email)).as("no mail written to the outbox").isZero();
        assertThat(inbox.to(email)).isEmpty();
    }

    @Test
    void passwords_of_64_characters_and_any_script_are_accepted() {
        String email = uniqueEmail();
        String longArabic = "كلمة مرور طويلة جدا ".repeat(4).substring(0, 64);
        accounts.register(registration(email, longArabic), "10.0.0.4");
        assertThat(inbox.await(email, 1)).isNotNull();
    }

    @Test
    void registering_a_known_address_tells_its_owner_and_creates_nothing() {
        String email = uniqueEmail();
        accounts.register(registration(email, PASSWORD), "10.0.0.5");
        int before = count();
        accounts.register(registration(email, PASSWORD + " zwei"), "10.0.0.5");
        assertThat(count()).isEqualTo(before);
        assertThat(Inbox.body(inbox.await(email, 2))).contains("/account/reset");
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_ends_all_sessions() {
        String email = verifiedAccount();
        AccountUser before = accounts.loadUserByUsername(email);
        accounts.requestReset(email, "10.0.0.6");
        String token = token(inbox.await(email, 2), "/account/reset/");

        assertThat(accounts.checkReset(token)).isEqualTo(AccountService.LinkResult.DONE);
        assertThat(accounts.resetPassword(token, "Ein ganz neues Passwort")).isEqualTo(AccountService.LinkResult.DONE);
        assertThat(accounts.resetPassword(token, "Noch ein neues Passwort")).isEqualTo(AccountService.LinkResult.UNKNOWN);
        assertThat(accounts.sessionValid(before.accountId(), before.sessionEpoch())).isFalse();
    }

    @Test
    void asking_to_reset_an_unknown_address_sends_nothing() {
        String email = uniqueEmail();
        accounts.requestReset(email, "10.0.0.7");
        assertThat(queued(email)).as("no mail written to the outbox").isZero();
        assertThat(inbox.to(email)).isEmpty();
    }

    @Test
    void five_failed_sign_ins_lock_the_account_for_fifteen_minutes() throws Exception {
        String email = verifiedAccount();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        assertThat(signIn(http, email, PASSWORD)).as("the right password works").doesNotContain("error", "locked");
        for (int i = 0; i < AccountSecurity.FAILURES; i++) {
            assertThat(signIn(http, email, "falsches Passwort " + i)).endsWith("/login?error");
        }
        String locked = signIn(http, email, PASSWORD);
        assertThat(locked).contains("/login?locked=");
        long until = Long.parseLong(locked.substring(locked.indexOf('=') + 1));
        assertThat(until - System.currentTimeMillis() / 1000).isBetween(14 * 60L, 15 * 60L + 5);
    }

    @Test
    void signing_in_renews_the_session_id_and_logout_everywhere_ends_every_session() throws Exception {
        String email = verifiedAccount();
        java.net.CookieManager phoneCookies = new java.net.CookieManager();
        java.net.CookieManager laptopCookies = new java.net.CookieManager();
        HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(phoneCookies).build();
        HttpClient laptop = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(laptopCookies).build();
        get(phone, "/login");
        String before = session(phoneCookies);
        signIn(phone, email, PASSWORD);
        signIn(laptop, email, PASSWORD);
        assertThat(session(phoneCookies)).isNotEqualTo(before);
        assertThat(get(phone, "/my").statusCode()).isEqualTo(200);
        assertThat(get(laptop, "/my").statusCode()).isEqualTo(200);

        accounts.endAllSessions(accounts.loadUserByUsername(email).accountId());
        for (HttpClient device : List.of(phone, laptop)) {
            HttpResponse<String> after = get(device, "/my");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String session(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void an_unverified_account_cannot_sign_in() throws Exception {
        String email = uniqueEmail();
        accounts.register(registration(email, PASSWORD), "10.0.0.8");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        assertThat(signIn(http, email, PASSWORD)).endsWith("/login?unverified");
    }

    /** Posts the sign-in form as the browser does; returns where the server redirects to. */
    private String signIn(HttpClient http, String email, String password) throws Exception {
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in answer %s", response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String verifiedAccount() {
        String email = uniqueEmail();
        accounts.register(registration(email, PASSWORD), "10.0.0.9");
        accounts.verify(token(inbox.await(email, 1), "/account/verify/"));
        return email;
    }

    /** Mail to the address in the outbox, sent or not: written in the caller's transaction. */
    private int queued(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email);
    }

    private Registration registration(String email, String password) {
        return new Registration(ProviderKind.CLUB, "Sportverein Auenthal", "Maria Muster",
                municipalities.all().getFirst().id(), email, password, "de", true);
    }

    private static String token(MimeMessage mail, String path) {
        return Inbox.linkPath(mail, path).substring(path.length());
    }

    private int count() {
        return jdbc.queryForObject("select (select count(*) from account) + (select count(*) from provider)", Integer.class);
    }

    static String uniqueEmail() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
