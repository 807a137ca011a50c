package de.willkommenvorort.base;

import static de.willkommenvorort.support.HttpDevice.rawGet;
import static de.willkommenvorort.support.HttpDevice.rawRequest;
import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.HttpDevice.RawAnswer;
import de.willkommenvorort.support.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever arrives, broken or hostile, gets a short page in the language of the device with the
 * right status, and never a stack trace, the server's name or a version: unknown addresses, bytes
 * that are not UTF-8, null bytes, addresses and headers too large, bodies too large, methods no
 * page takes, broken language choices, a broken upload. Raw sockets send what HTTP clients refuse to.
 */
@AppTest
class BadRequestsIT {

    /** What would tell an attacker what runs here, or a newcomer nothing. */
    static final List<String> LEAKS = List.of("Exception", "at de.", "at org.", "org.springframework", "org.apache",
            "Apache Tomcat", "Tomcat/", "Whitelabel", "jakarta.", "vaadinVersion", "java.");

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    TranslationProvider translations;
    @Autowired
    ServedLanguages served;
    @Autowired
    TestAccounts accounts;

    @Test
    void unknown_addresses_and_offers_are_not_found_in_the_language_of_the_device() throws Exception {
        for (String path : List.of("/nope", "/offers/999999999", "/offers/abc", "/offer/999999999", "/offer/abc",
                "/offer/99999999999999999999", "/offer/-1", "/my-offers", "/VAADIN/nope.js")) {
            assertThat(page(rawGet(port, path, "Cookie: wvo-lang=fa"), 404, "notfound.title")).as(path).isEqualTo("fa");
            assertThat(page(rawGet(port, path, "Accept-Language: ar,de;q=0.5"), 404, "notfound.title")).as(path)
                    .isEqualTo("ar");
        }
        // Vaadin's "not found" view arrives complete, without Vaadin's client, like any newcomer page.
        RawAnswer nope = rawGet(port, "/nope", "Accept-Language: uk");
        assertThat(nope.body()).doesNotContain("type=\"module\"").contains("<h1>");
        assertThat(nope.header("Set-Cookie")).as("no session for a page that does not exist").isEmpty();
    }

    @Test
    void every_served_language_has_its_error_pages() throws Exception {
        for (Language language : served.all()) {
            String cookie = "Cookie: wvo-lang=" + language.code();
            assertThat(page(rawGet(port, "/%C0%AF", cookie), 400, "error.request.title")).isEqualTo(language.code());
            assertThat(page(rawGet(port, "/nope", cookie), 404, "notfound.title")).isEqualTo(language.code());
            assertThat(page(rawRequest(port, "PUT", "/offers", new byte[0], cookie), 405, "error.request.title"))
                    .isEqualTo(language.code());
        }
    }

    @Test
    void addresses_that_are_not_utf8_or_hold_a_null_byte_are_bad_requests() throws Exception {
        for (String target : List.of("/offers?q=%FF%FE", "/offers?q=%C0%80", "/%C0%AF", "/%00", "/offer/1%00",
                "/offer/%FF", "/info/%E2%82")) {
            assertThat(page(rawGet(port, target, "Accept-Language: tr"), 400, "error.request.title")).as(target)
                    .isEqualTo("tr");
        }
        // A null byte in a search is just a strange search.
        assertThat(rawGet(port, "/offers?q=%00", "Accept-Language: de").status()).isEqualTo(200);
    }

    @Test
    void an_address_or_headers_too_large_for_the_server_are_refused_with_414_and_431() throws Exception {
        page(rawGet(port, "/offers?q=" + "a".repeat(100_000), "Accept-Language: de"), 414, "error.request.title");
        page(rawGet(port, "/", "Accept-Language: de", "X-Filler: " + "b".repeat(20_000)), 431, "error.request.title");
        page(rawGet(port, "/offers?" + "a=1&".repeat(300), "Accept-Language: de"), 400, "error.request.title");
    }

    @Test
    void bodies_larger_than_the_app_takes_are_refused_before_they_are_read() throws Exception {
        byte[] twenty = new byte[20 * MB];
        for (String target : List.of("/", "/offers", "/?v-r=uidl&v-uiId=0", "/login", "/offers/found-nothing",
                "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/upload")) {
            page(rawRequest(port, "POST", target, twenty, "Content-Type: application/x-www-form-urlencoded",
                    "Accept-Language: so"), 413, "error.too-large.title");
        }
        // Sent without a length, a Vaadin round trip is cut off at the limit too (Vaadin would read 10 MB).
        HttpDevice phone = new HttpDevice(port);
        phone.view("login");
        String session = phone.cookie("JSESSIONID").orElseThrow().getValue();
        page(rawRequest(port, "POST", "/?v-r=uidl&v-uiId=0", HttpDevice.chunked(3 * MB), "Content-Type: application/json",
                "Transfer-Encoding: chunked", "Cookie: JSESSIONID=" + session, "Accept-Language: so"), 413,
                "error.too-large.title");
    }

    @Test
    void methods_no_page_takes_are_not_allowed() throws Exception {
        for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND")) {
            for (String target : List.of("/", "/offers", "/login", "/offer/1")) {
                RawAnswer answer = rawRequest(port, method, target, new byte[0], "Accept-Language: vi");
                page(answer, 405, "error.request.title");
                assertThat(answer.header("Allow")).as("%s %s", method, target).contains("GET, HEAD, POST");
                assertThat(answer.header("Allow").orElseThrow()).doesNotContain(method);
            }
        }
    }

    @Test
    void broken_language_choices_fall_back_and_break_nothing() throws Exception {
        List<String[]> broken = List.of(new String[] {"Accept-Language: ;;;q=x,,*-*-*;q=9"},
                new String[] {"Accept-Language: " + "x".repeat(3000)},
                new String[] {"Cookie: wvo-lang=../../etc/passwd"}, new String[] {"Cookie: wvo-lang=%00%FF"},
                new String[] {"Cookie: wvo-lang=\"ar"}, new String[] {"Cookie: wvo-lang=; wvo-lang=zz-ZZ"},
                new String[] {"Cookie: wvo-lang=ar", "Accept-Language: \u00ff\u00fe"});
        for (String[] headers : broken) {
            RawAnswer home = rawGet(port, "/", headers);
            assertThat(home.status()).as(String.join(" ", headers)).isEqualTo(200);
            clean(home);
            assertThat(Language.ofCode(Jsoup.parse(home.body()).selectFirst("html").attr("lang"))).isPresent();
            page(rawGet(port, "/nope", headers), 404, "notfound.title");
            page(rawGet(port, "/%C0%AF", headers), 400, "error.request.title");
        }
    }

    @Test
    void a_mangled_sign_in_address_shows_the_sign_in_form_not_an_error() throws Exception {
        for (String query : List.of("locked=", "locked=99999999999999999999999", "locked=-5", "locked=%FF")) {
            String view = new HttpDevice(port).view("login", query);
            assertThat(view).as(query).contains("vaadin-login-form").doesNotContain("error-view");
            clean(view);
        }
    }

    @Test
    void a_broken_or_oversized_upload_of_translations_gets_a_clear_answer() throws Exception {
        var staff = accounts.moderator();
        HttpDevice laptop = new HttpDevice(port);
        laptop.signIn(staff.getUsername(), TestAccounts.PASSWORD);
        assertThat(laptop.code(TestAccounts.totpCode(accounts.secret(staff)))).endsWith("/staff");
        Matcher target = Pattern.compile("VAADIN/dynamic/resource/[0-9]+/[0-9a-f-]+/upload")
                .matcher(laptop.view("staff/translations"));
        assertThat(target.find()).as("the translations page offers an upload").isTrue();
        String upload = "/" + target.group();

        String broken = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"de.xlf\"\r\n"
                + "Content-Type: application/xml\r\n\r\n<xliff version=";
        HttpResponse<String> cut = laptop.post(upload, "multipart/form-data; boundary=XYZ",
                HttpRequest.BodyPublishers.ofString(broken));
        assertThat(cut.statusCode()).isEqualTo(400);
        clean(cut.body());
        HttpResponse<String> huge = laptop.post(upload, "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(new byte[20 * MB]));
        assertThat(huge.statusCode()).isEqualTo(413);
        clean(huge.body());
        // Within the limit the file reaches the import, which reports what it could not read.
        assertThat(laptop.post(upload, "application/octet-stream",
                HttpRequest.BodyPublishers.ofString("<xliff version=", StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    /**
     * Checks an error page: status, nothing that leaks, its heading the translation of the key in
     * the language the page says it is in, and that language's writing direction. Returns the language.
     */
    private String page(RawAnswer answer, int status, String titleKey) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        clean(answer);
        Document page = Jsoup.parse(answer.body());
        Language language = Language.ofCode(page.selectFirst("html").attr("lang")).orElseThrow();
        assertThat(page.selectFirst("h1").text()).as("%s", answer).isEqualTo(translations.translate(titleKey, language));
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
        assertThat(page.select("a[href]")).as("a way home").isNotEmpty();
        return language.code();
    }

    static void clean(RawAnswer answer) {
        assertThat(answer.header("Server")).as("no server name").isEmpty();
        assertThat(answer.header("X-Powered-By")).isEmpty();
        clean(answer.toString());
    }

    static void clean(String text) {
        for (String leak : LEAKS) {
            assertThat(text).as("no %s", leak).doesNotContain(leak);
        }
    }
}
