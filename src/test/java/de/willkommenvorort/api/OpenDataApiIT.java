package de.willkommenvorort.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.EventRule;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public API answers as its OpenAPI description says (every documented path is called and its
 * answer checked against the described schema), shows published offers only, marks a text that
 * falls back to German, names a wrong parameter, and is cacheable and readable from other sites.
 */
@AppTest
class OpenDataApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestOffers offers;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ReviewWorkflow review;

    @Test
    void every_documented_answer_matches_its_schema() throws Exception {
        String word = TestOffers.uniqueWord();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word, "ar", "مقهى اللغة " + word),
                Map.of("de", "Pass und Brief vom Jobcenter"));
        HttpDevice client = new HttpDevice(port);
        JsonNode description = JSON.readTree(client.get("/api/v1/openapi.json").body());
        assertThat(description.path("openapi").asString()).isEqualTo("3.1.0");

        List<String> checked = new ArrayList<>();
        for (var path : description.path("paths").properties()) {
            JsonNode schema = path.getValue().path("get").path("responses").path("200").path("content")
                    .path("application/json").path("schema");
            String address = "/api/v1" + path.getKey().replace("{id}", String.valueOf(offer))
                    .replace("{slug}", "integrationskurs");
            for (String query : List.of("", "?lang=ar")) {
                HttpResponse<String> answer = client.get(address + query);
                assertThat(answer.statusCode()).as(address + query).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).as(address).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/json"));
                assertValid(description, schema, answer.body(), address + query);
                checked.add(path.getKey());
            }
        }
        assertThat(checked).contains("/offers", "/offers/{id}", "/events", "/info", "/info/{slug}", "/categories",
                "/municipalities", "/languages");

        JsonNode arabic = JSON.readTree(client.get("/api/v1/offers/" + offer + "?lang=ar").body());
        assertThat(arabic.path("title").asString()).isEqualTo("مقهى اللغة " + word);
        assertThat(arabic.path("text").path("fallback").asBoolean()).isFalse();
        // The Arabic text names nothing to bring: the German list, marked as German.
        assertThat(arabic.path("whatToBring").asString()).isEqualTo("Pass und Brief vom Jobcenter");
        assertThat(arabic.path("whatToBringText").path("language").asString()).isEqualTo("de");
        assertThat(arabic.path("whatToBringText").path("fallback").asBoolean()).isTrue();
        JsonNode without = JSON.readTree(client.get("/api/v1/offers/" + offers.published("language-cafe",
                Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()))).body());
        assertThat(without.has("whatToBring")).as("left out where the offer names nothing").isFalse();
        assertThat(without.has("whatToBringText")).isFalse();
        assertThat(arabic.path("url").asString()).endsWith("/offer/" + offer + "?lang=ar");
        JsonNode found = JSON.readTree(client.get("/api/v1/offers?q=" + word + "&lang=ar").body());
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asLong()).isEqualTo(offer);
    }

    @Test
    void an_all_day_date_says_so_and_has_no_start_as_the_description_allows() throws Exception {
        String word = TestOffers.uniqueWord();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(12);
        Offer fair = offers.draft("meeting-place", Map.of("de", "Stadtfest " + word));
        fair.scheduleBy(EventRule.Single.wholeDay(day), day.minusDays(12));
        long id = offers.saveDraft(fair);
        offers.submitAndPublish(id);
        HttpDevice client = new HttpDevice(port);
        JsonNode description = JSON.readTree(client.get("/api/v1/openapi.json").body());
        JsonNode eventsSchema = description.path("paths").path("/events").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        String body = client.get("/api/v1/events?from=" + day + "&to=" + day + "&size=50").body();
        assertValid(description, eventsSchema, body, "/events on " + day);
        JsonNode item = null;
        for (JsonNode candidate : JSON.readTree(body).path("items")) {
            if (candidate.path("offerId").asLong() == id) {
                item = candidate;
            }
        }
        assertThat(item).as("the fair on its day").isNotNull();
        assertThat(item.path("allDay").asBoolean()).isTrue();
        assertThat(item.has("start")).isFalse();
        assertThat(item.has("end")).isFalse();
        // The description must be able to refuse: an all-day date with a start, a timed one without.
        ObjectNode withStart = (ObjectNode) item.deepCopy();
        withStart.put("start", "00:00");
        JsonNode itemSchema = JSON.readTree("{\"$ref\":\"#/components/schemas/EventItem\"}");
        assertThat(errors(description, itemSchema, withStart.toString())).isNotEmpty();
        ObjectNode timedWithout = (ObjectNode) item.deepCopy();
        timedWithout.put("allDay", false);
        assertThat(errors(description, itemSchema, timedWithout.toString())).isNotEmpty();
    }

    @Test
    void only_published_offers_and_no_personal_data_and_a_fallback_is_marked() throws Exception {
        String word = TestOffers.uniqueWord();
        AccountUser provider = accounts.provider("de");
        long waiting = offers.submittedBy(provider, "Sprachcafé " + word);
        HttpDevice client = new HttpDevice(port);
        assertThat(client.get("/api/v1/offers/" + waiting).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(client.get("/api/v1/offers?q=" + word).body()).path("total").asInt()).isZero();

        SystemActor.run(() -> review.publish(waiting));
        HttpResponse<String> published = client.get("/api/v1/offers/" + waiting + "?lang=ar");
        assertThat(published.statusCode()).isEqualTo(200);
        JsonNode offer = JSON.readTree(published.body());
        assertThat(offer.path("text").path("language").asString()).isEqualTo("de");
        assertThat(offer.path("text").path("fallback").asBoolean()).isTrue();
        assertThat(published.body()).doesNotContain(provider.getUsername()).doesNotContain("providerId");
        assertThat(published.headers().allValues("Set-Cookie")).as("no session for the API").isEmpty();
        // The list answered before was kept, and the publication made it one nobody gets again.
        assertThat(JSON.readTree(client.get("/api/v1/offers?q=" + word).body()).path("total").asInt()).isOne();
    }

    @Test
    void answers_are_cacheable_readable_from_other_sites_and_name_a_wrong_parameter() throws Exception {
        HttpDevice client = new HttpDevice(port);
        HttpResponse<String> first = client.get("/api/v1/categories?lang=uk", "Origin", "https://gemeinde.example");
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.get("/api/v1/categories?lang=uk", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // A kept answer carries the same headers as the one first built, the security headers too.
        HttpResponse<String> kept = client.get("/api/v1/categories?lang=uk", "Origin", "https://stadt.example");
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.headers().firstValue("ETag")).contains(etag);
        for (String header : List.of("Access-Control-Allow-Origin", "Cache-Control", "Content-Type",
                "X-Content-Type-Options")) {
            assertThat(kept.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
        }
        assertThat(client.get("/api/v1/categories?lang=uk").headers().firstValue("Access-Control-Allow-Origin"))
                .as("kept apart from the answers to other sites").isEmpty();

        JsonNode description = JSON.readTree(client.get("/api/v1/openapi.json").body());
        JsonNode problemSchema = JSON.readTree("{\"$ref\":\"#/components/schemas/Problem\"}");
        for (String wrong : List.of("block=school", "category=abc", "municipality=999999", "lang=xx", "size=500",
                "free=ja", "from=31.12.2026", "level=Z9")) {
            HttpResponse<String> answer = client.get("/api/v1/offers?" + wrong);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("parameter").asString()).as(wrong).isEqualTo(wrong.substring(0, wrong.indexOf('=')));
            assertValid(description, problemSchema, answer.body(), wrong);
        }
        assertThat(client.get("/api/v1/offers/abc").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(client.get("/api/v1/events?to=2000-01-01").body()).path("parameter").asString())
                .isEqualTo("to");
        assertThat(client.get("/api/v1/info/no-such-page").statusCode()).isEqualTo(404);
    }

    /** Checks a body against a schema of the description ($refs resolved within it). */
    private static void assertValid(JsonNode description, JsonNode schema, String body, String what) {
        assertThat(errors(description, schema, body)).as("%s: %s", what,
                body.length() > 600 ? body.substring(0, 600) : body).isEmpty();
    }

    private static List<Error> errors(JsonNode description, JsonNode schema, String body) {
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.setAll((ObjectNode) schema.deepCopy());
        document.set("components", description.path("components"));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(document);
        return validator.validate(JSON.readTree(body));
    }
}
