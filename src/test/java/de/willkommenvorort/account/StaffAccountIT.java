package de.willkommenvorort.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Staff accounts on the real app: the first administrator and invitations by one-time link, sign-in
 * with password and a second factor over HTTP as a browser does it, the administrators' actions,
 * and who may call them.
 */
@AppTest
class StaffAccountIT {

    static final String PASSWORD = "Pfefferminztee am Nachmittag";

    @Autowired
    StaffAccounts staff;

    @Autowired
    StaffOnboarding onboarding;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    AccountService accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountSecurity security;

    @Autowired
    AuditLog audit;

    @Autowired
    Inbox inbox;

    @LocalServerPort
    int port;

    @AfterEach
    void cleanUp() {
        security.forgetFailures();
        TestAccounts.signOut();
    }

    @Test
    void the_first_administrators_set_up_link_works_once() throws Exception {
        String link = onboarding.issueFirstAdminLink();
        String token = link.substring(link.indexOf("/setup/") + "/setup/".length());
        assertThat(onboarding.check(token).result()).isEqualTo(AccountService.LinkResult.DONE);
        assertThat(onboarding.check(token).email()).as("the log's link lets the person choose the address").isEmpty();

        String email = TestAccounts.uniqueEmail();
        assertThatThrownBy(() -> onboarding.accept(token, email, "Erste Verwalterin", "password1234", "de"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("password", "account.password.common"));
        assertThat(onboarding.accept(token, email, "Erste Verwalterin", PASSWORD, "de"))
                .isEqualTo(AccountService.LinkResult.DONE);
        assertThat(onboarding.accept(token, TestAccounts.uniqueEmail(), "Noch jemand", PASSWORD, "de"))
                .isEqualTo(AccountService.LinkResult.UNKNOWN);
        assertThat(accounts.loadUserByUsername(email).role()).isEqualTo(AppRoles.ADMIN);

        Browser browser = new Browser();
        assertThat(browser.signIn(email, PASSWORD)).as("no factor yet: set it up first").endsWith("/login/second-factor");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void a_second_factor_is_kept_only_after_a_right_code_from_the_app() {
        AccountUser admin = testAccounts.admin();
        TestAccounts.signIn(admin);
        String email = TestAccounts.uniqueEmail();
        staff.invite(email, AppRoles.MODERATOR, "de");
        onboarding.accept(token(inbox.await(email, 1)), null, "Neue Moderatorin", PASSWORD, "de");
        AccountUser invited = accounts.loadUserByUsername(email);
        PendingSignIn pending = new PendingSignIn(invited.accountId(), email, false, Instant.now());
        String secret = Totp.newSecret();

        assertThat(secondFactor.confirmSetUp(pending, secret, wrongCode(secret))).isEmpty();
        assertThat(accounts.account(invited.accountId()).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(secondFactor.confirmSetUp(pending, secret, TestAccounts.totpCode(secret))).isPresent();
        assertThat(accounts.account(invited.accountId()).orElseThrow().hasSecondFactor()).isTrue();
        assertThat(last(invited).getAction()).isEqualTo("SECOND_FACTOR_SET_UP");
    }

    @Test
    void an_invitation_mails_a_link_in_the_invitees_language_and_a_new_invitation_replaces_it() throws Exception {
        TestAccounts.signIn(testAccounts.admin());
        String email = TestAccounts.uniqueEmail();
        staff.invite(email, AppRoles.MODERATOR, "uk");
        MimeMessage first = inbox.await(email, 1);
        assertThat(first.getSubject()).contains("Запрошення");
        String oldToken = token(first);

        staff.invite(email, AppRoles.ADMIN, "uk");
        String newToken = token(inbox.await(email, 2));
        assertThat(onboarding.check(oldToken).result()).isEqualTo(AccountService.LinkResult.UNKNOWN);
        assertThat(onboarding.check(newToken).email()).contains(email);
        assertThat(staff.list()).filteredOn(m -> m.email().equals(email)).singleElement()
                .satisfies(m -> assertThat(m.invited()).isTrue()).satisfies(m -> assertThat(m.role()).isEqualTo(AppRoles.ADMIN));

        assertThat(new Browser().signIn(email, PASSWORD)).as("not accepted yet").endsWith("/login?unverified");
        assertThat(onboarding.accept(newToken, "someone-else@example.org", "Oksana Test", PASSWORD, "uk"))
                .isEqualTo(AccountService.LinkResult.DONE);
        assertThat(accounts.loadUserByUsername(email).isEnabled()).as("the invited address, not a typed one").isTrue();
        assertThat(new Browser().signIn(email, PASSWORD)).endsWith("/login/second-factor");
    }

    @Test
    void a_password_alone_gives_no_staff_rights() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        Browser browser = new Browser();
        assertThat(browser.signIn(moderator.getUsername(), TestAccounts.PASSWORD)).endsWith("/login/code");
        HttpResponse<String> staffPage = browser.get("/staff");
        assertThat(staffPage.statusCode()).isEqualTo(302);
        assertThat(staffPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(browser.get("/my/profile").statusCode()).as("not signed in at all yet").isEqualTo(302);
    }

    @Test
    void the_right_code_signs_in_under_a_new_session_id_and_cannot_be_used_again() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        String secret = testAccounts.secret(moderator);
        Browser browser = new Browser();
        browser.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        String pendingSession = browser.session();
        assertThat(browser.code(wrongCode(secret))).endsWith("/login/code?error");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(302);

        String code = TestAccounts.totpCode(secret);
        assertThat(browser.code(code)).endsWith("/staff");
        assertThat(browser.session()).isNotEqualTo(pendingSession);
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
        assertThat(accounts.account(moderator.accountId()).orElseThrow().getLastSignInAt()).isNotNull();

        Browser replay = new Browser();
        replay.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        assertThat(replay.code(code)).as("a code seen once is used up").endsWith("/login/code?error");
        assertThat(replay.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void five_wrong_codes_lock_the_sign_in_even_with_the_right_code() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        String secret = testAccounts.secret(moderator);
        Browser browser = new Browser();
        browser.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        for (int i = 0; i < AccountSecurity.FAILURES; i++) {
            assertThat(browser.code(wrongCode(secret))).endsWith("/login/code?error");
        }
        assertThat(browser.code(TestAccounts.totpCode(secret))).contains("/login/code?locked=");
        assertThat(new Browser().signIn(moderator.getUsername(), TestAccounts.PASSWORD))
                .as("a new password sign-in does not reset the count").contains("/login?locked=");
    }

    @Test
    void an_administrator_resets_a_lost_factor_and_the_person_sets_up_a_new_one() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        TestAccounts.signIn(testAccounts.admin());
        staff.resetSecondFactor(moderator.accountId());

        AuditEntry entry = last(moderator);
        assertThat(entry.getAction()).isEqualTo("SECOND_FACTOR_RESET");
        assertThat(entry.getBefore()).isEqualTo("second factor: set up");
        assertThat(entry.getAfter()).isEqualTo("second factor: none");
        assertThat(new Browser().signIn(moderator.getUsername(), TestAccounts.PASSWORD)).endsWith("/login/second-factor");
    }

    @Test
    void an_administrator_ends_another_staff_members_sessions() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        Browser browser = new Browser();
        browser.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        browser.code(TestAccounts.totpCode(testAccounts.secret(moderator)));
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);

        TestAccounts.signIn(testAccounts.admin());
        int entries = audit.about("account", moderator.accountId()).size();
        staff.endSessions(moderator.accountId());
        assertThat(audit.about("account", moderator.accountId())).hasSize(entries + 1);

        HttpResponse<String> after = browser.get("/staff");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void a_staff_session_ends_after_the_absolute_limit_however_busy() throws Exception {
        AccountUser moderator = testAccounts.moderator();
        Instant signedIn = Instant.parse("2026-11-25T07:00:00Z");
        Duration limit = Duration.ofHours(10);
        assertThat(survives(moderator, signedIn, Clock.fixed(signedIn.plus(Duration.ofHours(9)), ZoneOffset.UTC), limit))
                .isTrue();
        assertThat(survives(moderator, signedIn, Clock.fixed(signedIn.plus(Duration.ofHours(11)), ZoneOffset.UTC), limit))
                .isFalse();
        assertThat(survives(testAccounts.provider("de"), null, Clock.systemUTC(), limit))
                .as("providers have no absolute limit").isTrue();
    }

    @Test
    void changing_a_role_writes_one_audit_entry_and_nobody_demotes_or_removes_themselves() {
        AccountUser admin = testAccounts.admin();
        AccountUser moderator = testAccounts.moderator();
        TestAccounts.signIn(admin);
        staff.changeRole(moderator.accountId(), AppRoles.ADMIN);
        AuditEntry entry = last(moderator);
        assertThat(entry.getAction()).isEqualTo("STAFF_ROLE_CHANGED");
        assertThat(entry.getBefore()).isEqualTo("role: MODERATOR");
        assertThat(entry.getAfter()).isEqualTo("role: ADMIN");
        assertThat(accounts.sessionValid(moderator.accountId(), moderator.sessionEpoch())).isFalse();

        assertThatThrownBy(() -> staff.changeRole(admin.accountId(), AppRoles.MODERATOR))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsValue("staff.account.not-yourself"));
        assertThatThrownBy(() -> staff.remove(admin.accountId())).isInstanceOf(InvalidInput.class);
        staff.remove(moderator.accountId());
        assertThat(accounts.account(moderator.accountId())).isEmpty();
    }

    @Test
    void a_moderator_cannot_use_administrators_methods() {
        AccountUser other = testAccounts.moderator();
        TestAccounts.signIn(testAccounts.moderator());
        assertRefused(other.accountId());
    }

    @Test
    void a_provider_cannot_use_any_staff_method() {
        AccountUser other = testAccounts.moderator();
        TestAccounts.signIn(testAccounts.provider("de"));
        assertRefused(other.accountId());
    }

    private void assertRefused(long other) {
        List<Runnable> calls = List.of(staff::list, () -> staff.invite(TestAccounts.uniqueEmail(), AppRoles.ADMIN, "de"),
                () -> staff.changeRole(other, AppRoles.ADMIN), () -> staff.resetSecondFactor(other),
                () -> staff.endSessions(other), () -> staff.remove(other),
                () -> staff.createWithSecondFactor(TestAccounts.uniqueEmail(), "X Y", AppRoles.ADMIN, PASSWORD, "de",
                        Totp.newSecret()));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(accounts.account(other).orElseThrow().getRole()).isEqualTo(AppRoles.MODERATOR);
    }

    /** Whether a request of a session signed in at that time still counts as signed in. */
    private boolean survives(AccountUser user, Instant signedIn, Clock clock, Duration limit) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/staff");
        MockHttpSession session = new MockHttpSession();
        if (signedIn != null) {
            SessionLimits.signedIn(session, signedIn);
        }
        request.setSession(session);
        TestAccounts.signIn(user);
        try {
            new SessionLimits(accounts, limit, clock).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            TestAccounts.signOut();
        }
    }

    private AuditEntry last(AccountUser user) {
        return audit.about("account", user.accountId()).getLast();
    }

    private static String token(MimeMessage mail) {
        return Inbox.linkPath(mail, "/setup/").substring("/setup/".length());
    }

    /** Six digits that are not the code of the step before, now or after. */
    private static String wrongCode(String secret) {
        Instant now = Instant.now();
        Set<String> right = Set.of(Totp.code(secret, now.minusSeconds(30)), Totp.code(secret, now),
                Totp.code(secret, now.plusSeconds(30)));
        return IntStream.range(0, 10).mapToObj(i -> String.valueOf(i).repeat(6)).filter(c -> !right.contains(c))
                .findFirst().orElseThrow();
    }

    /** One browser: its own cookies, no redirects followed. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies).build();

        String signIn(String email, String password) throws Exception {
            return post("/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8));
        }

        String code(String code) throws Exception {
            return post("/login/code", "code=" + code);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        /** Posts a form as the browser does; returns where the server redirects to. */
        private String post(String path, String body) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("answer to %s: %s", path, response.body()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }
    }
}
