package de.willkommenvorort.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.EventRule;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS export answers every path of HSDS 3.0's own OpenAPI description, and every answer is
 * valid against the official HSDS 3.0 schemas (vendored under src/test/resources/hsds with their
 * licence), formats (uuid, uri, email, date-time) asserted. Only published offers are in it.
 */
@AppTest
class HsdsExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SPEC = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    /** Where HSDS's OpenAPI description points, and the official schema that describes it here. */
    private static final Map<String, String> SCHEMAS = Map.of(
            SPEC + "compiled/service.json", "#/$defs/service",
            SPEC + "compiled/service_list.json", "#/$defs/service",
            SPEC + "compiled/organization.json", "#/definitions/organization",
            SPEC + "compiled/organization_list.json", "#/definitions/organization",
            SPEC + "compiled/service_at_location_list.json", "#/definitions/service_at_location",
            SPEC + "taxonomy.json", "#/definitions/taxonomy",
            SPEC + "taxonomy_term.json", "#/definitions/taxonomy_term");

    static JsonNode openApi;
    static JsonNode service;

    @LocalServerPort
    int port;
    @Autowired
    TestOffers offers;
    @Autowired
    TestAccounts accounts;

    @BeforeAll
    static void readTheSpecification() throws IOException {
        openApi = read("/hsds/openapi.json");
        service = read("/hsds/service_with_definitions.json");
    }

    @Test
    void every_path_of_the_hsds_description_answers_valid_hsds() throws Exception {
        String word = TestOffers.uniqueWord();
        offers.published("language-cafe", Map.of("de", "Sprachcafé " + word, "ar", "مقهى اللغة " + word),
                Map.of("de", "Pass oder Aufenthaltstitel", "ar", "جواز السفر أو تصريح الإقامة"));
        HttpDevice client = new HttpDevice(port);
        JsonNode services = JSON.readTree(client.get("/api/hsds/services?search=" + word).body());
        assertThat(services.path("total_items").asInt()).isOne();
        JsonNode found = services.path("contents").get(0);
        Map<String, String> ids = Map.of(
                "/services/{id}", found.path("id").asString(),
                "/organizations/{id}", found.path("organization_id").asString(),
                "/service_at_locations/{id}", found.path("service_at_locations").get(0).path("id").asString(),
                "/taxonomies/{id}", found.path("attributes").get(0).path("taxonomy_term").path("taxonomy_id").asString(),
                "/taxonomy_terms/{id}", found.path("attributes").get(1).path("taxonomy_term_id").asString());

        List<String> checked = new ArrayList<>();
        for (var path : openApi.path("paths").properties()) {
            JsonNode schema = path.getValue().path("get").path("responses").path("200").path("content")
                    .path("application/json").path("schema");
            if (path.getKey().equals("/service_at_locations/{id}")) {
                // HSDS 3.0's description names the service schema here; the answer is a service_at_location.
                schema = JSON.readTree("{\"$ref\":\"" + SPEC + "compiled/service_at_location_list.json\"}");
            }
            String address = "/api/hsds" + ids.getOrDefault(path.getKey(), "").transform(id -> id.isEmpty()
                    ? path.getKey() : path.getKey().replace("{id}", id));
            for (String query : List.of("", "?lang=ar")) {
                HttpResponse<String> answer = client.get(address + query);
                assertThat(answer.statusCode()).as(address + query).isEqualTo(200);
                assertValid(schema, answer.body(), address + query);
                checked.add(path.getKey());
            }
        }
        assertThat(checked).hasSize(22);

        JsonNode arabic = JSON.readTree(client.get("/api/hsds/services/" + ids.get("/services/{id}") + "?lang=ar").body());
        assertThat(arabic.path("name").asString()).isEqualTo("مقهى اللغة " + word);
        assertThat(arabic.path("url").asString()).endsWith("?lang=ar");
        assertThat(arabic.path("assured_date").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        assertThat(arabic.path("status").asString()).isEqualTo("active");
        assertThat(arabic.path("organization").path("name").asString()).isNotBlank();
        assertThat(arabic.path("attributes").findValuesAsString("code")).contains("education", "language-cafe");
        // What to bring is HSDS's required document, in the language asked for.
        assertThat(arabic.path("required_documents")).hasSize(1);
        assertThat(arabic.path("required_documents").get(0).path("document").asString())
                .isEqualTo("جواز السفر أو تصريح الإقامة");
        assertThat(arabic.path("required_documents").get(0).path("service_id").asString())
                .isEqualTo(ids.get("/services/{id}"));
        assertThat(found.path("required_documents").get(0).path("document").asString())
                .isEqualTo("Pass oder Aufenthaltstitel");
    }

    @Test
    void only_published_offers_narrowed_by_term_and_organization_and_a_wrong_parameter_is_named() throws Exception {
        String word = TestOffers.uniqueWord();
        AccountUser provider = accounts.provider("de");
        offers.submittedBy(provider, "Hausaufgabenhilfe " + word);
        HttpDevice client = new HttpDevice(port);
        assertThat(client.get("/api/hsds/services?search=" + word).body()).contains("\"total_items\":0");

        JsonNode all = JSON.readTree(client.get("/api/hsds/services?per_page=5&page=2").body());
        assertThat(all.path("page_number").asInt()).isEqualTo(2);
        assertThat(all.path("contents").size()).isEqualTo(5);
        assertThat(all.path("first_page").asBoolean()).isFalse();
        JsonNode first = all.path("contents").get(0);
        String organization = first.path("organization_id").asString();
        JsonNode same = JSON.readTree(client.get("/api/hsds/services?organization_id=" + organization).body());
        assertThat(same.path("contents").findValuesAsString("organization_id")).containsOnly(organization);
        String term = first.path("attributes").get(0).path("taxonomy_term_id").asString();
        JsonNode block = JSON.readTree(client.get("/api/hsds/services?taxonomy_term_id=" + term).body());
        assertThat(block.path("total_items").asInt()).isLessThan(JSON.readTree(
                client.get("/api/hsds/services").body()).path("total_items").asInt());
        JsonNode categories = JSON.readTree(client.get("/api/hsds/taxonomy_terms?parent_id=" + term).body());
        assertThat(categories.path("contents").findValuesAsString("parent_id")).containsOnly(term);

        assertThat(client.get("/api/hsds/services/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        HttpResponse<String> wrong = client.get("/api/hsds/services?modified_after=2026-01-01");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).path("parameter").asString()).isEqualTo("modified_after");
        assertThat(JSON.readTree(client.get("/api/hsds/services?taxonomy_term_id=abc").body())
                .path("parameter").asString()).isEqualTo("taxonomy_term_id");
    }

    @Test
    void an_all_day_date_is_a_schedule_without_opening_times() throws Exception {
        String word = TestOffers.uniqueWord();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5);
        Offer fair = offers.draft("meeting-place", Map.of("de", "Stadtfest " + word, "ar", "مهرجان المدينة " + word));
        fair.scheduleBy(EventRule.Single.wholeDay(day), day.minusDays(5));
        offers.submitAndPublish(offers.saveDraft(fair));
        HttpDevice client = new HttpDevice(port);
        String id = JSON.readTree(client.get("/api/hsds/services?search=" + word).body()).path("contents").get(0)
                .path("id").asString();
        for (String language : List.of("de", "ar")) {
            HttpResponse<String> answer = client.get("/api/hsds/services/" + id + "?lang=" + language);
            assertValid(JSON.readTree("{\"$ref\":\"" + SPEC + "compiled/service.json\"}"), answer.body(), language);
            JsonNode schedule = JSON.readTree(answer.body()).path("schedules").get(0);
            assertThat(schedule.path("valid_from").asString()).isEqualTo(day.toString());
            assertThat(schedule.path("valid_to").asString()).isEqualTo(day.toString());
            assertThat(schedule.has("opens_at")).isFalse();
            assertThat(schedule.has("closes_at")).isFalse();
            assertThat(schedule.path("description").asString()).isEqualTo(language.equals("de") ? "ganztägig"
                    : "طوال اليوم");
        }
    }

    /** Checks a body against a schema of HSDS's description, with the official schemas in place of its links. */
    private static void assertValid(JsonNode schema, String body, String what) {
        String text = schema.toString();
        for (var link : SCHEMAS.entrySet()) {
            text = text.replace("\"" + link.getKey() + "\"", "\"" + link.getValue() + "\"");
        }
        ObjectNode document = (ObjectNode) JSON.readTree(text);
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("components", openApi.path("components"));
        document.set("definitions", service.path("definitions"));
        ObjectNode root = (ObjectNode) service.deepCopy();
        root.remove("definitions");
        document.putObject("$defs").set("service", root);
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(document);
        // The demo county's addresses end in .example (RFC 2606), which no e-mail format accepts.
        List<Error> errors = validator.validate(JSON.readTree(body)).stream()
                .filter(error -> !("format".equals(error.getKeyword()) && error.getInstanceNode() != null
                        && error.getInstanceNode().asString().endsWith(".example")))
                .toList();
        assertThat(errors).as("%s: %s", what, body.length() > 800 ? body.substring(0, 800) : body).isEmpty();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = HsdsExportIT.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
