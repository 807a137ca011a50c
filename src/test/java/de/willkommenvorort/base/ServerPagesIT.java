package de.willkommenvorort.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Newcomer pages as a search engine, a messenger's link preview or a phone without scripts gets
 * them: complete HTML in the first response, described in their head, and nothing unpublished in
 * any page, sitemap or structured data.
 */
@AppTest
class ServerPagesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    de.willkommenvorort.i18n.ServedLanguages servedLanguages;
    @Autowired
    TestOffers offers;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_newcomer_page_arrives_complete_and_describes_itself() throws Exception {
        long offer = publishedOffer();
        // One alternate per hreflang: Easy German is "de" too and is not named twice.
        int served = servedLanguages.alternates().size();
        for (String path : List.of("/?lang=de", "/offers?block=education", "/offer/" + offer, "/events", "/info",
                "/info/integrationskurs", "/language", "/courses/check")) {
            HttpResponse<String> response = get(path, "de");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("main h1")).as("the main heading of %s, in the first response", path).isNotNull();
            assertThat(page.selectFirst("main h1").text()).as(path).isNotBlank();
            assertThat(page.selectFirst("#outlet")).as("no Vaadin client outlet on %s", path).isNull();
            assertThat(page.select("script[type=module]")).as("no module scripts on %s", path).isEmpty();
            assertThat(page.title()).as(path).endsWith("Willkommen vor Ort");
            assertThat(meta(page, "name", "description")).as(path).isNotBlank();
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(path).startsWith("http");
            assertThat(page.select("link[rel=alternate][hreflang]")).as("an alternate per served language and x-default on %s", path)
                    .hasSize(served + 1);
            assertThat(page.select("link[rel=alternate][hreflang=ar]").attr("href")).as(path).contains("lang=ar");
            assertThat(page.select("link[rel=alternate][hreflang=fa-AF]")).as("Dari as search engines know it").hasSize(1);
            assertThat(page.select("link[rel=alternate][hreflang=de]")).as("German once, not again for Easy German").hasSize(1);
            for (String property : List.of("og:title", "og:description", "og:site_name", "og:image", "og:url")) {
                assertThat(meta(page, "property", property)).as("%s on %s", property, path).isNotBlank();
            }
        }
    }

    @Test
    void arabic_pages_arrive_right_to_left_in_arabic() throws Exception {
        HttpResponse<String> response = get("/offer/" + publishedOffer() + "?lang=ar", "de");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst(".offer-section h2").text()).isEqualTo("أين؟");
        // The language named by the link is remembered on the device.
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("wvo-lang=ar"));
    }

    @Test
    void what_to_bring_shows_on_the_offer_and_on_both_sides_of_the_card_only_where_the_offer_names_it() throws Exception {
        String word = TestOffers.uniqueWord();
        long both = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word, "ar", "مقهى " + word),
                Map.of("de", "Pass oder Aufenthaltstitel\nBrief vom Jobcenter", "ar", "جواز السفر\nرسالة من مركز العمل"));
        Document arabic = Jsoup.parse(get("/offer/" + both + "?lang=ar", "ar").body());
        Element bring = arabic.selectFirst(".offer-what-to-bring");
        assertThat(bring).as("the section on the Arabic page").isNotNull();
        assertThat(bring.attr("lang")).isEqualTo("ar");
        assertThat(bring.text()).contains("جواز السفر").contains("رسالة من مركز العمل");
        assertThat(bring.parent().parent().selectFirst("h2").text()).isEqualTo("ماذا يجب إحضاره؟");
        assertThat(bring.parent().select(".fallback-notice")).as("in the reader's language: no note").isEmpty();

        Document card = Jsoup.parse(get("/card/" + both + "?lang=ar", "ar").body());
        assertThat(card.select(".card-side[lang=ar] .card-what-to-bring").text()).contains("جواز السفر");
        assertThat(card.select(".card-side[lang=ar] .card-label").eachText()).contains("ماذا يجب إحضاره؟");
        assertThat(card.select(".card-side[lang=de] .card-what-to-bring").text())
                .contains("Pass oder Aufenthaltstitel").contains("Brief vom Jobcenter");
        assertThat(card.select(".card-side[lang=de] .card-label").eachText()).contains("Was mitbringen?");

        // An Arabic text written before the German listed anything: the German list, said to be German.
        long germanOnly = offers.published("language-cafe", Map.of("de", "Sprachtreff " + word, "ar", "لقاء " + word),
                Map.of("de", "Kopien von Zeugnissen"));
        Element fallback = Jsoup.parse(get("/offer/" + germanOnly + "?lang=ar", "ar").body()).selectFirst(".offer-what-to-bring");
        assertThat(fallback).isNotNull();
        assertThat(fallback.attr("lang")).isEqualTo("de");
        assertThat(fallback.text()).isEqualTo("Kopien von Zeugnissen");
        assertThat(fallback.parent().select(".fallback-notice").text()).contains("الألمانية");

        long none = offers.published("language-cafe", Map.of("de", "Lesecafé " + word));
        Document plain = Jsoup.parse(get("/offer/" + none, "de").body());
        assertThat(plain.select(".offer-what-to-bring")).isEmpty();
        assertThat(plain.select("h2").eachText()).doesNotContain("Was mitbringen?").contains("Wo?");
        assertThat(Jsoup.parse(get("/card/" + none, "de").body()).select(".card-what-to-bring")).isEmpty();

        // The demo county's counselling lists its papers in Ukrainian too.
        long mbe = offerTitled("Migrationsberatung für Erwachsene (MBE) – Caritas Auenthal");
        assertThat(Jsoup.parse(get("/offer/" + mbe + "?lang=uk", "uk").body()).select(".offer-what-to-bring[lang=uk]").text())
                .contains("Посвідка на проживання");
    }

    @Test
    void an_offer_is_a_service_with_its_place_hours_and_languages_and_a_course_a_course() throws Exception {
        long mbe = offerTitled("Migrationsberatung für Erwachsene (MBE) – Caritas Auenthal");
        JsonNode service = structuredData("/offer/" + mbe).getFirst();
        assertThat(service.get("@type").asString()).isEqualTo("Service");
        assertThat(service.get("name").asString()).isEqualTo("Migrationsberatung für Erwachsene (MBE) – Caritas Auenthal");
        assertThat(service.get("provider").get("name").asString()).isEqualTo("Caritasverband Auenthal e. V.");
        JsonNode place = service.get("availableChannel").get("serviceLocation");
        assertThat(place.get("address").get("postalCode").asString()).isEqualTo("36251");
        assertThat(place.get("address").get("streetAddress").asString()).isEqualTo("Kirchplatz 3");
        List<String> days = new ArrayList<>();
        place.get("openingHoursSpecification").forEach(h -> days.add(h.get("dayOfWeek").asString() + " " + h.get("opens").asString()));
        assertThat(days).contains("https://schema.org/Monday 09:00", "https://schema.org/Tuesday 14:00");
        assertThat(service.get("availableLanguage").toString()).contains("\"ar\"").contains("\"de\"");

        long course = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED' AND course_level IS NOT NULL")
                .query(Long.class).single();
        JsonNode asCourse = structuredData("/offer/" + course).getFirst();
        assertThat(asCourse.get("@type").asString()).isEqualTo("Course");
        assertThat(asCourse.get("educationalLevel").asString()).matches("A1|A2|B1|B2|C1");
        assertThat(asCourse.get("hasCourseInstance").get("@type").asString()).isEqualTo("CourseInstance");

        long jobcentre = jdbc.sql("""
                        SELECT MIN(o.id) FROM offer o JOIN provider p ON p.id = o.provider_id
                        WHERE o.review_state = 'PUBLISHED' AND p.kind = 'JOB_CENTRE' AND o.course_level IS NULL
                        AND o.next_start IS NULL""").query(Long.class).single();
        assertThat(structuredData("/offer/" + jobcentre).getFirst().get("@type").asString()).isEqualTo("GovernmentService");
    }

    @Test
    void each_coming_date_of_an_event_is_an_event_and_a_cancelled_one_says_so() throws Exception {
        LocalDate cancelledDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(6);
        long offer = jdbc.sql("""
                        SELECT d.offer_id FROM offer_event_date d JOIN offer o ON o.id = d.offer_id
                        WHERE o.review_state = 'PUBLISHED' AND d.cancelled AND d.event_date = ?""")
                .param(cancelledDay).query(Long.class).list().getFirst();
        List<JsonNode> events = structuredData("/offer/" + offer).stream()
                .filter(n -> "Event".equals(n.get("@type").asString())).toList();
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.get("startDate").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*[+]0[12]:00"));
        JsonNode cancelled = events.stream().filter(e -> e.get("startDate").asString().startsWith(cancelledDay.toString()))
                .findFirst().orElseThrow();
        assertThat(cancelled.get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(events).anyMatch(e -> e.get("eventStatus").asString().equals("https://schema.org/EventScheduled"));
        assertThat(cancelled.get("location")).isNotNull();
    }

    @Test
    void an_all_day_date_is_an_event_on_a_day_without_a_time_and_the_page_says_all_day() throws Exception {
        // The demo's festival on the market place is all day (src/main/resources/demo/offers-3-events.json).
        long festival = jdbc.sql("""
                        SELECT d.offer_id FROM offer_event_date d JOIN offer o ON o.id = d.offer_id
                        WHERE o.review_state = 'PUBLISHED' AND d.all_day AND d.event_date >= CURRENT_DATE
                        ORDER BY d.offer_id""").query(Long.class).list().getFirst();
        LocalDate day = jdbc.sql("SELECT MIN(event_date) FROM offer_event_date WHERE offer_id = ? AND all_day"
                        + " AND event_date >= CURRENT_DATE").param(festival).query(LocalDate.class).single();
        List<JsonNode> events = structuredData("/offer/" + festival).stream()
                .filter(n -> "Event".equals(n.get("@type").asString())).toList();
        assertThat(events).extracting(e -> e.get("startDate").asString()).contains(day.toString());
        assertThat(events).noneMatch(e -> e.get("startDate").asString().startsWith(day + "T"));
        assertThat(get("/offer/" + festival + "?lang=de", "de").body()).contains("ganztägig")
                .doesNotContain("ab 00:00");
    }

    @Test
    void nothing_unpublished_is_in_a_page_the_sitemap_or_structured_data() throws Exception {
        record Hidden(long id, String title) {
        }
        List<Hidden> hidden = jdbc.sql("""
                        SELECT o.id, t.title FROM offer o JOIN offer_text t ON t.offer_id = o.id AND t.language = 'de'
                        WHERE o.review_state <> 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM offer_text p
                          JOIN offer po ON po.id = p.offer_id WHERE po.review_state = 'PUBLISHED' AND p.title = t.title)""")
                .query((rs, n) -> new Hidden(rs.getLong(1), rs.getString(2))).list();
        assertThat(hidden).isNotEmpty();
        String sitemap = get("/sitemap.xml", "de").body();
        String everything = get("/offers?n=400", "de").body() + get("/events?n=100", "de").body();
        for (Hidden h : hidden) {
            HttpResponse<String> page = get("/offer/" + h.id(), "de");
            assertThat(page.statusCode()).as("offer %d", h.id()).isEqualTo(404);
            assertThat(page.body()).as("offer %d", h.id()).doesNotContain(h.title());
            assertThat(Jsoup.parse(page.body()).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(sitemap).doesNotContain("/offer/" + h.id() + "<").doesNotContain("/offer/" + h.id() + "?");
            assertThat(everything).doesNotContain(h.title());
        }
        assertThat(sitemap).contains("/offer/" + publishedOffer() + "</loc>").contains("hreflang=\"x-default\"")
                .contains("/info/integrationskurs</loc>").contains("/courses/check</loc>").contains("/skills</loc>");
        long published = jdbc.sql("""
                SELECT COUNT(*) FROM offer WHERE review_state = 'PUBLISHED'
                AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)""").query(Long.class).single();
        assertThat(sitemap.split("/offer/\\d+</loc>", -1).length - 1L).isEqualTo(published);
    }

    @Test
    void robots_txt_keeps_crawlers_to_public_pages_and_names_the_sitemap() throws Exception {
        String robots = get("/robots.txt", "de").body();
        assertThat(robots).contains("User-agent: *").contains("Disallow: /staff").contains("Disallow: /my")
                .containsPattern("Sitemap: http\\S+/sitemap.xml");
    }

    @Test
    void a_phone_that_comes_back_gets_not_modified_and_no_session_is_made_for_reading() throws Exception {
        HttpResponse<String> first = get("/offers?block=work", "de");
        assertThat(first.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("private, no-cache");
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offers?block=work"))
                .header("Accept-Language", "de").header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void found_nothing_from_another_site_is_refused_and_from_the_page_thanked() throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offers/found-nothing"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=Quastenflosser&block=work"));
        HttpResponse<String> foreign = http.send(post.copy().header("Origin", "https://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> own = http.send(post.copy().header("Origin", "http://localhost:" + port).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(own.headers().firstValue("Location").orElseThrow()).contains("/offers?").contains("block=work")
                .contains("q=Quastenflosser").contains("told=1");
    }

    private List<JsonNode> structuredData(String path) throws IOException, InterruptedException {
        Document page = Jsoup.parse(get(path, "de").body());
        List<JsonNode> all = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            all.add(JSON.readTree(script.data()));
        }
        return all;
    }

    private long publishedOffer() {
        return jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED' AND valid_until IS NULL")
                .query(Long.class).single();
    }

    private long offerTitled(String title) {
        return jdbc.sql("""
                        SELECT o.id FROM offer o JOIN offer_text t ON t.offer_id = o.id
                        WHERE o.review_state = 'PUBLISHED' AND t.title = ?""").param(title).query(Long.class).single();
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
