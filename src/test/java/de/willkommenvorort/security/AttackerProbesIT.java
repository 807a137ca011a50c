package de.willkommenvorort.security;

import static de.willkommenvorort.support.HttpDevice.rawGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.OfferForm;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.HttpDevice.RawAnswer;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * What an attacker tries first, each a test that fails if it ever works again: internals on the
 * public port, a sign-in that sends the browser elsewhere, another provider's offer, revision or
 * data by changing an id, and unreviewed offers or edits by id on public pages, the search, the
 * sitemap and calendar files.
 */
@AppTest
class AttackerProbesIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;
    @Autowired
    OfferEditing editing;
    @Autowired
    AccountService accountService;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void internals_are_not_found_on_the_public_port() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/health", "/actuator/heapdump", "/h2-console",
                "/.git/config", "/.git/HEAD", "/.env", "/application.properties", "/application-demo.properties",
                "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/error", "/server-status", "/manager/html",
                "/VAADIN/config/flow-build-info.json", "/BOOT-INF/classes/application.properties",
                "/db/migration/V1__offers.sql", "/translations/messages_de.properties", "/swagger-ui.html", "/v3/api-docs")) {
            RawAnswer answer = rawGet(port, path, "Accept-Language: de");
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("spring.", "jdbc:", "[core]", "<web-app",
                    "Manifest-Version", "_links", "CREATE TABLE", "ref: refs", "\"productionMode\"", "error.title=");
        }
        for (String path : List.of("/VAADIN/../", "/VAADIN/..%2F..%2FWEB-INF/web.xml", "/..;/WEB-INF/web.xml",
                "/sitemap.xml/..", "/css/..%2f..%2fapplication.properties", "/icons/%2e%2e/%2e%2e/WEB-INF/web.xml")) {
            RawAnswer answer = rawGet(port, path, "Accept-Language: de");
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("<web-app", "spring.", "jdbc:");
        }
    }

    @Test
    void sign_in_never_sends_the_browser_to_another_origin() throws Exception {
        AccountUser provider = accounts.provider("de");
        String evil = "https://evil.example/x";
        String query = "?continue=" + evil + "&redirect=" + evil + "&redirect_uri=" + evil + "&next=//evil.example"
                + "&returnTo=" + evil + "&url=" + evil + "&target=" + evil;

        HttpDevice phone = new HttpDevice(port);
        phone.get("/login" + query);
        assertSameOrigin(phone.signIn("/login" + query, provider.getUsername(), TestAccounts.PASSWORD));

        // A page saved before sign-in, asked for with tricks in its address.
        for (String saved : List.of("/my" + query, "/my//evil.example", "/my?x=@evil.example",
                "/my/profile?next=https://evil.example")) {
            HttpDevice laptop = new HttpDevice(port);
            HttpResponse<String> first = laptop.get(saved);
            // Spring Security's firewall refuses "//" in an address outright; anything else is saved.
            assertThat(first.statusCode()).as(saved).isIn(302, 400);
            assertSameOrigin(laptop.signIn(provider.getUsername(), TestAccounts.PASSWORD));
        }

        // The Host header, or a forwarded one, names another site (a DNS trick, a proxy that passes it on).
        for (String host : List.of("Host: evil.example", "X-Forwarded-Host: evil.example")) {
            HttpDevice tablet = new HttpDevice(port);
            tablet.get("/login");
            String session = tablet.cookie("JSESSIONID").orElseThrow().getValue();
            RawAnswer saved = rawGet(port, "/my", host, "Cookie: JSESSIONID=" + session);
            assertThat(saved.status()).as(host).isEqualTo(302);
            assertSameOrigin(saved.header("Location").orElseThrow());
            assertSameOrigin(tablet.signIn(provider.getUsername(), TestAccounts.PASSWORD));
        }
        RawAnswer twoSlashes = rawGet(port, "//evil.example/my", "Accept-Language: de");
        assertThat(twoSlashes.header("Location").orElse("/")).satisfies(this::assertSameOrigin);
    }

    /** Where a browser goes from this site's page: still this site (one leading slash, or this host). */
    private void assertSameOrigin(String location) {
        String path = location.startsWith("http://localhost:" + port + "/")
                ? location.substring(("http://localhost:" + port).length()) : location;
        String beforeQuery = path.split("[?#]", 2)[0];
        assertThat(beforeQuery).as(location).doesNotContain("://").doesNotStartWith("//").doesNotStartWith("/\\")
                .doesNotStartWith("\\").doesNotContain("evil.example/x");
        assertThat(URI.create("http://localhost:" + port + "/").resolve(beforeQuery.replace("\\", "%5C")).getHost())
                .as(location).isEqualTo("localhost");
    }

    @Test
    void another_provider_reaches_nothing_of_mine_by_changing_an_id() throws Exception {
        AccountUser owner = accounts.provider("de");
        AccountUser other = accounts.provider("de");
        String title = "Nähcafé " + TestOffers.uniqueWord();
        TestAccounts.signIn(owner);
        OfferForm form = offers.form(title);
        form.eventKind = OfferForm.EventKind.LIST;
        LocalDate day = LocalDate.now().plusDays(5);
        form.eventList.add(new OfferForm.DateInput(day, LocalTime.of(18, 0), null, null));
        long draft = editing.save(form);
        long published = offers.submittedBy(owner, "Sprechstunde " + TestOffers.uniqueWord());
        SystemActor.run(() -> review.publish(published));
        TestAccounts.signIn(owner);
        OfferForm edit = editing.load(published);
        edit.text("de").title = "Überarbeitet " + TestOffers.uniqueWord();
        editing.save(edit);
        long revision = jdbc.sql("SELECT id FROM offer WHERE revision_of = ?").param(published).query(Long.class).single();
        OfferForm mine = editing.load(draft);

        // The service refuses, however the id was found.
        TestAccounts.signIn(other);
        for (long id : List.of(draft, published, revision)) {
            assertThatThrownBy(() -> editing.load(id)).as("load %d", id).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.revisionState(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.submit(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.withdraw(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.discardRevision(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.archive(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.setCancelled(id, day, LocalTime.of(18, 0), true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> editing.save(mine)).isInstanceOf(AccessDeniedException.class);
        assertThat(editing.mine("de")).extracting(m -> m.id()).doesNotContain(draft, published, revision);
        assertThatThrownBy(() -> accountService.export(owner.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.updateProfile(owner.accountId(), "Übernommen", "de"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.delete(owner.accountId(), TestAccounts.PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.changePassword(owner.accountId(), TestAccounts.PASSWORD, "ganz neues Kennwort 2026"))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE id = ?").param(owner.accountId())
                .query(String.class).single()).isNotEqualTo("Übernommen");

        // And so do the views, opened as the other provider's browser would.
        HttpDevice ownerBrowser = new HttpDevice(port);
        ownerBrowser.signIn(owner.getUsername(), TestAccounts.PASSWORD);
        assertThat(ownerBrowser.view("my/offers/" + draft)).as("the owner sees the draft").contains(title);
        HttpDevice otherBrowser = new HttpDevice(port);
        otherBrowser.signIn(other.getUsername(), TestAccounts.PASSWORD);
        for (long id : List.of(draft, published, revision)) {
            String view = otherBrowser.view("my/offers/" + id);
            assertThat(view).as("my/offers/%d", id).contains("\"not-found\"").doesNotContain(title)
                    .doesNotContain("Überarbeitet").doesNotContain("Sprechstunde");
            assertThat(otherBrowser.view("staff/review/" + id)).as("staff/review/%d", id).doesNotContain(title)
                    .doesNotContain("Sprechstunde");
        }
    }

    @Test
    void unreviewed_offers_and_edits_are_not_reachable_by_id_anywhere_public() throws Exception {
        AccountUser provider = accounts.provider("de");
        String draftWord = TestOffers.uniqueWord();
        TestAccounts.signIn(provider);
        OfferForm form = offers.form("Entwurf " + draftWord);
        form.eventKind = OfferForm.EventKind.LIST;
        LocalDate day = LocalDate.now().plusDays(4);
        form.eventList.add(new OfferForm.DateInput(day, LocalTime.of(17, 0), null, null));
        long draft = editing.save(form);
        String submittedTitle = "Eingereicht " + TestOffers.uniqueWord();
        long submitted = offers.submittedBy(provider, submittedTitle);
        String publishedWord = TestOffers.uniqueWord();
        long published = offers.submittedBy(provider, "Veröffentlicht " + publishedWord);
        SystemActor.run(() -> review.publish(published));
        String editWord = TestOffers.uniqueWord();
        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(published);
        edit.text("de").title = "Geändert " + editWord;
        edit.text("de").summary = "Neu " + editWord;
        editing.save(edit);
        editing.submit(published);
        TestAccounts.signOut();
        long revision = jdbc.sql("SELECT id FROM offer WHERE revision_of = ?").param(published).query(Long.class).single();
        // Each hidden offer by id, with the word its title is searched by.
        Map<Long, String[]> hidden = Map.of(draft, new String[] {"Entwurf " + draftWord, draftWord},
                submitted, new String[] {submittedTitle, submittedTitle.substring("Eingereicht ".length())},
                revision, new String[] {"Geändert " + editWord, editWord});

        HttpDevice phone = new HttpDevice(port);
        assertThat(phone.get("/offer/" + published, "Accept-Language", "de").body()).contains(publishedWord)
                .doesNotContain(editWord);
        String sitemap = phone.get("/sitemap.xml").body();
        assertThat(sitemap).contains("/offer/" + published + "<");
        for (Map.Entry<Long, String[]> entry : hidden.entrySet()) {
            long id = entry.getKey();
            String title = entry.getValue()[0];
            String word = entry.getValue()[1];
            HttpResponse<String> page = phone.get("/offer/" + id, "Accept-Language", "de");
            assertThat(page.statusCode()).as("offer %d", id).isEqualTo(404);
            assertThat(page.body()).doesNotContain(word);
            // The search form shows the word searched for; no result may show the title or lead to the offer.
            assertThat(phone.get("/offers?q=" + word, "Accept-Language", "de").body()).as("search for %s", word)
                    .doesNotContain(title).doesNotContain("offer/" + id + "?").doesNotContain("offer/" + id + "\"");
            assertThat(sitemap).doesNotContain("/offer/" + id + "<");
            assertThat(phone.get("/events/" + id + "/" + day + "T1700.ics").statusCode()).isEqualTo(404);
            for (String route : List.of("offer/" + id + "/contact", "offer/" + id + "/report")) {
                assertThat(new HttpDevice(port).view(route)).as(route).contains("\"not-found\"").doesNotContain(word);
            }
        }
        // The published offer is found by its published words only, and shows them.
        assertThat(phone.get("/offers?q=" + publishedWord, "Accept-Language", "de").body())
                .contains("offer/" + published).doesNotContain("Geändert " + editWord);
    }
}
