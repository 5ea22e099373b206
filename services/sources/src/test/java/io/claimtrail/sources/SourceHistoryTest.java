package io.claimtrail.sources;

import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Faithful history of a source: names, aliases, affiliations, archiving and reliability ratings over time. */
@SourcesTest
class SourceHistoryTest {

    private static String etag(String id) {
        return given().get("/sources/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void replace(String id, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body).put("/sources/" + id).then()
                .statusCode(200);
    }

    private static void rate(String id, String reliability, String effectiveOn, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("reliability", reliability, "reason", reason));
        if (effectiveOn != null) {
            body.put("effectiveOn", effectiveOn);
        }
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body).post("/sources/" + id + "/ratings")
                .then().statusCode(200);
    }

    @Test
    void everyReadShowsTheSourceAsItWasRecordedThen() {
        String ministry = Fixtures.create(Fixtures.source(Fixtures.unique("Ministry"), "INSTITUTION"));
        String office = Fixtures.create(Fixtures.source(Fixtures.unique("Press office"), "OFFICE"));
        String name = Fixtures.unique("Channel One");
        Map<String, Object> body = Fixtures.source(name, "OUTLET");
        body.put("aliases", List.of("C1"));
        body.put("reliability", "B");
        body.put("affiliations", List.of(Fixtures.affiliation(ministry, "state broadcaster", "2020", null)));
        Instant beforeAll = Replay.moment();
        String id = Fixtures.create(body);
        String slug = given().get("/sources/" + id).then().extract().path("slug");
        Instant asEntered = Replay.moment();

        Map<String, Object> renamed = Fixtures.source(name + " International", "OUTLET");
        renamed.put("slug", slug + "-intl");
        renamed.put("aliases", List.of("C1", "C1 Intl"));
        renamed.put("affiliations", List.of(Fixtures.affiliation(office, "outlet", "2023", null)));
        replace(id, renamed);
        Instant afterRename = Replay.moment();
        // Learned later: unreliable since March 2024.
        rate(id, "D", "2024-03", "Caught fabricating footage");
        Instant afterRating = Replay.moment();
        given().queryParam("reason", "merged").delete("/sources/" + id).then().statusCode(200);
        Instant afterArchive = Replay.moment();

        given().queryParam("knownAt", beforeAll.toString()).get("/sources/" + id).then().statusCode(404)
                .body("detail", containsString("not yet recorded"));
        given().queryParam("knownAt", asEntered.toString()).get("/sources/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("aliases", contains("C1")).body("slug", equalTo(slug))
                .body("reliability", equalTo("B")).body("affiliations.parentId", contains(ministry))
                .body("archived", equalTo(false)).body("version", equalTo(0));
        // The old slug finds the source as it was then, not now.
        given().queryParam("knownAt", asEntered.toString()).get("/sources/" + slug).then().statusCode(200)
                .body("id", equalTo(id));
        given().get("/sources/" + slug).then().statusCode(404);
        given().queryParam("knownAt", afterRename.toString()).get("/sources/" + id).then()
                .body("name", equalTo(name + " International")).body("aliases", contains("C1", "C1 Intl"))
                .body("affiliations.parentId", contains(office));
        given().get("/sources/" + id).then().body("archived", equalTo(true)).body("reliability", equalTo("D"));

        // Reliability over time: as of a day, the rating in force then, as recorded at the moment.
        given().queryParam("asOf", "2024-01-15").get("/sources/" + id).then().body("reliability", equalTo("B"))
                .body("asOf", equalTo("2024-01-15"));
        given().queryParam("asOf", "2024-07-01").get("/sources/" + id).then().body("reliability", equalTo("D"));
        given().queryParam("asOf", "2024-07-01").queryParam("knownAt", afterRename.toString()).get("/sources/" + id)
                .then().body("reliability", equalTo("B"));
        given().get("/sources/" + id + "/ratings").then().body("reliability", contains("B", "D"))
                .body("effectiveOn", contains(nullValue(), equalTo("2024-03")))
                .body("[1].reason", equalTo("Caught fabricating footage"));
        given().queryParam("knownAt", afterRename.toString()).get("/sources/" + id + "/ratings").then()
                .body("reliability", contains("B"));

        // Lookups, as the other services ask.
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "asOf", "2024-07-01",
                        "knownAt", asEntered.toString()))
                .post("/sources/lookup").then().body("items[0].name", equalTo(name))
                .body("items[0].reliability", equalTo("B"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "asOf", "2024-07-01"))
                .post("/sources/lookup").then().body("items[0].reliability", equalTo("D"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "knownAt", beforeAll.toString()))
                .post("/sources/lookup").then().body("items", empty()).body("missing", contains(id));

        // Who spoke for whom, as recorded then.
        given().queryParam("knownAt", asEntered.toString()).get("/sources/" + ministry + "/members").then()
                .body("id", contains(id));
        given().queryParam("knownAt", afterRename.toString()).get("/sources/" + ministry + "/members").then()
                .body("$", empty());
        given().get("/sources/" + office + "/members").then().body("id", contains(id));
        given().queryParam("knownAt", asEntered.toString()).get("/sources/" + id + "/affiliations").then()
                .body("parentId", contains(ministry));

        // Listings: the archived source is still listed as it was before it was archived.
        given().queryParam("kind", "OUTLET").queryParam("size", 200).queryParam("knownAt", afterRating.toString())
                .get("/sources").then().body("items.id", hasItem(id));
        given().queryParam("kind", "OUTLET").queryParam("size", 200).queryParam("knownAt", afterArchive.toString())
                .get("/sources").then().body("items.id", not(hasItem(id)));
        given().queryParam("q", "Channel").queryParam("knownAt", afterRating.toString()).get("/sources").then()
                .statusCode(400).body("errors[0].field", equalTo("knownAt"));
        given().queryParam("reliability", "B").queryParam("asOf", "2024-01-01").get("/sources").then()
                .statusCode(400).body("errors[0].field", equalTo("reliability"));

        // The versions.
        given().get("/sources/" + id + "/versions").then().statusCode(200).body("total", equalTo(4))
                .body("items.version", contains(0, 1, 2, 3))
                .body("items[0].representation.name", equalTo(name))
                .body("items[2].representation.reliability", equalTo("D"))
                .body("items[3].representation.archived", equalTo(true))
                .body("items[3].recordedTo", nullValue());
        given().get("/sources/" + id + "/versions/1").then().body("representation.slug", equalTo(slug + "-intl"));
        given().get("/sources/" + id + "/versions/9").then().statusCode(404);
    }

    @Test
    void ratingsAreJudgementsWithDates() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Wire"), "OUTLET"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reliability", "A", "reason", "r", "effectiveOn", "2999-01-01"))
                .post("/sources/" + id + "/ratings").then().statusCode(400).body("errors[0].field", equalTo("effectiveOn"));
        given().contentType(ContentType.JSON).body(Map.of("reliability", "A", "reason", "r"))
                .post("/sources/" + id + "/ratings").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("reliability", "Z", "reason", "r"))
                .post("/sources/" + id + "/ratings").then().statusCode(400);
        // A back-dated rating earlier than today's does not change today's reliability.
        rate(id, "C", "2024-05-01", "Reviewed in May");
        rate(id, "A", "2023", "Reviewed for 2023");
        given().get("/sources/" + id).then().body("reliability", equalTo("C"));
        given().queryParam("asOf", "2023-12-31").get("/sources/" + id).then().body("reliability", equalTo("A"));
        // "2023" has certainly begun only once the year is over: before then no rating is certainly in force
        given().queryParam("asOf", "2023-06-01").get("/sources/" + id).then().body("reliability", equalTo("F"));
        given().get("/sources/" + id + "/ratings").then().body("reliability", contains("F", "A", "C"));
        given().get("/sources/" + id + "/audit").then().body("items.action", hasItem("rated"));
    }
}
