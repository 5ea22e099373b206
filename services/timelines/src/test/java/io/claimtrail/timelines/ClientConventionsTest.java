package io.claimtrail.timelines;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What a client generated from the contract does: read-modify-write, merge patches, retries with a key, caching. */
@TimelinesTest
class ClientConventionsTest {

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    @Test
    void aTimelineAndAnEventAsReadAreAcceptedBack() {
        String slug = Timelines.uniqueSlug();
        String id = Timelines.create(Timelines.timeline(slug, "Round trip", List.of("north-korea")));
        Map<String, Object> read = given().get("/timelines/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        read.put("summary", "Changed");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/timelines/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("summary", equalTo("Changed"));
        Map<String, Object> again = given().get("/timelines/" + id).then().extract().jsonPath().getMap("");
        again.put("id", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(again).put("/timelines/" + id).then()
                .statusCode(409).body("type", equalTo("https://claimtrail.local/problems/managed-field"))
                .body("errors.field", contains("id"));

        String event = Timelines.event(slug, "Putin arrives", "2024-06-18");
        Map<String, Object> shown = given().get("/timelines/" + slug + "/events/" + event).then().statusCode(200)
                .extract().jsonPath().getMap("");
        shown.put("place", "Pyongyang");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(shown)
                .put("/timelines/" + slug + "/events/" + event).then().statusCode(200).body("place", equalTo("Pyongyang"));
    }

    @Test
    void mergePatchesOnATimelineAndAnEvent() {
        String slug = Timelines.uniqueSlug();
        String id = Timelines.create(Timelines.timeline(slug, "Patched", List.of("north-korea")));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"title\": \"Patched title\"}").patch("/timelines/" + id).then().statusCode(200)
                .body("title", equalTo("Patched title")).body("topics", contains("north-korea"));
        String event = Timelines.event(slug, "An event", "2024-06-18");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"occurred\": \"2024-13\", \"title\": \"\"}").patch("/timelines/" + slug + "/events/" + event)
                .then().statusCode(400).body("errors.field", contains("occurred", "title"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"occurred\": \"2024-06-19\"}").patch("/timelines/" + slug + "/events/" + event)
                .then().statusCode(200).body("occurred", equalTo("2024-06-19")).body("title", equalTo("An event"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        String key = UUID.randomUUID().toString();
        String slug = Timelines.uniqueSlug();
        Map<String, Object> body = Timelines.timeline(slug, "Retried", List.of());
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/timelines").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/timelines").then()
                .statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));
        body.put("title", "Another");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/timelines").then()
                .statusCode(422);
    }

    @Test
    void readsAndEntriesAnswer304ToTheirETag() {
        String slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Cached", List.of()));
        given().header("If-None-Match", "\"0\"").get("/timelines/" + slug).then().statusCode(304);
        String tag = given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", tag).get("/timelines/" + slug + "/entries").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/timelines/" + slug + "/entries").then().statusCode(200);
    }

    @Test
    void anImportRetriesAFailedCreateUnderTheSameIdempotencyKey() {
        var server = Stubs.server();
        server.stubFor(post(urlEqualTo("/sources")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        server.stubFor(post(urlEqualTo("/sources")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}"""
                        .formatted(Stubs.TV_CHOSUN))));
        String bundle = """
                {"format": "claimtrail-bundle/1",
                 "sources": [{"ref": "tv", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}],
                 "claims": [], "timeline": {"slug": "%s", "title": "Imported"},
                 "events": [{"ref": "e", "title": "Event", "occurred": "2024-06-18", "sourceRefs": ["tv"]}]}"""
                .formatted(Timelines.uniqueSlug());
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(200)
                .body("sources[0].outcome", equalTo("CREATED"));
        List<LoggedRequest> creates = server.findAll(postRequestedFor(urlEqualTo("/sources")));
        org.hamcrest.MatcherAssert.assertThat(creates.size(), equalTo(2));
        String key = creates.get(0).getHeader("Idempotency-Key");
        org.hamcrest.MatcherAssert.assertThat(key, notNullValue());
        org.hamcrest.MatcherAssert.assertThat(creates.get(1).getHeader("Idempotency-Key"), equalTo(key));
    }
}
