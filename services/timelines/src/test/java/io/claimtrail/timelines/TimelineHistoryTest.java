package io.claimtrail.timelines;

import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Faithful history of a timeline and its events, and the day and moment passed on to the claims and sources
 * services so that an assembled story shows each claim, source and rating as they stood.
 */
@TimelinesTest
class TimelineHistoryTest {

    @BeforeEach
    void normalAnswers() {
        Stubs.reset();
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theStoryAsItWasRecordedThen() {
        String slug = Timelines.uniqueSlug();
        Instant beforeAll = Replay.moment();
        String id = Timelines.create(Timelines.timeline(slug, "North Korean troops", List.of("north-korea")));
        String pact = Timelines.event(id, "Pact signd", "2024-06-19");
        String briefing = Timelines.event(id, "Briefing", "2024-07-01");
        Instant asFirstRecorded = Replay.moment();

        given().contentType(ContentType.JSON).header("If-Match", etag("/timelines/" + id))
                .body(Map.of("slug", slug + "-2", "title", "North Korean troops in Ukraine",
                        "topics", List.of("north-korea", "donetsk")))
                .put("/timelines/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag("/timelines/" + id + "/events/" + pact))
                .body(Map.of("title", "Pact signed", "occurred", "2024-06-19"))
                .put("/timelines/" + id + "/events/" + pact).then().statusCode(200);
        given().delete("/timelines/" + id + "/events/" + briefing).then().statusCode(200);
        Instant afterEdits = Replay.moment();

        // The timeline itself: title, topics and slug as they were.
        given().queryParam("knownAt", beforeAll.toString()).get("/timelines/" + id).then().statusCode(404)
                .body("detail", containsString("not yet recorded"));
        given().queryParam("knownAt", asFirstRecorded.toString()).get("/timelines/" + slug).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("North Korean troops"))
                .body("topics", contains("north-korea")).body("version", org.hamcrest.Matchers.equalTo(0))
                .body("knownAt", org.hamcrest.Matchers.equalTo(asFirstRecorded.toString()));
        given().get("/timelines/" + slug).then().statusCode(404);
        given().get("/timelines/" + id).then().body("topics", contains("north-korea", "donetsk"));
        given().queryParam("knownAt", asFirstRecorded.toString()).queryParam("size", 200).get("/timelines").then()
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.slug",
                        org.hamcrest.Matchers.equalTo(slug));
        given().queryParam("knownAt", beforeAll.toString()).queryParam("size", 200).get("/timelines").then()
                .body("items.id", not(hasItem(id)));

        // Its events: the typo and the archived briefing were in the record then.
        given().queryParam("knownAt", asFirstRecorded.toString()).get("/timelines/" + id + "/events").then()
                .body("items.title", contains("Pact signd", "Briefing"));
        given().get("/timelines/" + id + "/events").then().body("items.title", contains("Pact signed"));
        given().queryParam("knownAt", asFirstRecorded.toString()).queryParam("asOf", "2024-06-30")
                .get("/timelines/" + id + "/events").then().body("items.title", contains("Pact signd"));
        given().queryParam("knownAt", asFirstRecorded.toString()).get("/timelines/" + id + "/events/" + briefing)
                .then().statusCode(200).body("archived", org.hamcrest.Matchers.equalTo(false));
        given().queryParam("knownAt", beforeAll.toString()).get("/timelines/" + id + "/events/" + briefing)
                .then().statusCode(404);

        // Assembled entries: the events then, and the claims and sources asked for as of then.
        given().queryParam("knownAt", asFirstRecorded.toString()).queryParam("asOf", "2024-07-02")
                .get("/timelines/" + id + "/entries").then().statusCode(200)
                .body("entries.title", contains("Pact signd", "Briefing"));
        Stubs.server().verify(postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.topics[0]", equalTo("north-korea")))
                .withRequestBody(matchingJsonPath("$.topics.size()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.asOf", equalTo("2024-07-02")))
                .withRequestBody(matchingJsonPath("$.knownAt", equalTo(asFirstRecorded.toString()))));
        Stubs.server().resetRequests();
        Stubs.stubStory(List.of(Stubs.claim(java.util.UUID.randomUUID(), Stubs.TV_CHOSUN, "A report", "2024-06-30",
                "UNVERIFIED", 6, null, null)), 0, 1);
        given().queryParam("knownAt", afterEdits.toString()).queryParam("asOf", "2024-07-02")
                .get("/timelines/" + id + "/timelinejs").then().statusCode(200);
        Stubs.server().verify(postRequestedFor(urlEqualTo("/sources/lookup"))
                .withRequestBody(matchingJsonPath("$.asOf", equalTo("2024-07-02")))
                .withRequestBody(matchingJsonPath("$.knownAt", equalTo(afterEdits.toString()))));
        Stubs.server().verify(postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.topics.size()", equalTo("2"))));

        // The versions.
        given().get("/timelines/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(0, 1)).body("items[0].representation.slug", org.hamcrest.Matchers.equalTo(slug))
                .body("items[0].recordedTo", org.hamcrest.Matchers.notNullValue())
                .body("items[1].recordedTo", nullValue());
        given().get("/timelines/" + id + "/versions/0").then().statusCode(200)
                .body("representation.topics", contains("north-korea")).body("actor", org.hamcrest.Matchers.startsWith("admin@"));
        given().get("/timelines/" + id + "/versions/5").then().statusCode(404).body("detail", containsString("latest is 1"));
        given().get("/timelines/" + id + "/versions/x").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("version"));
        given().get("/timelines/" + id + "/events/" + briefing + "/versions").then().statusCode(200)
                .body("items.representation.archived", contains(false, true));
        given().get("/timelines/" + id + "/events/" + pact + "/versions").then()
                .body("items.representation.title", contains("Pact signd", "Pact signed"));
    }

    @Test
    void aMomentAheadReadsAsNow() {
        String id = Timelines.create(Timelines.timeline(Timelines.uniqueSlug(), "Ahead", List.of("ahead-topic")));
        given().queryParam("knownAt", "2999-01-01T00:00:00Z").get("/timelines/" + id).then().statusCode(200)
                .header("Claimtrail-Known-At", containsString("lies ahead"));
        given().queryParam("knownAt", "yesterday").get("/timelines/" + id + "/events").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("knownAt"));
        given().queryParam("knownAt", "2999-01-01T00:00:00Z").get("/timelines/" + id + "/events").then()
                .statusCode(200).body("items", empty());
    }
}
