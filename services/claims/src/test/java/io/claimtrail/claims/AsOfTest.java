package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.SINGH;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The story of 2 July 2024, with back-dated and late-recorded transitions, seen at different times. */
@ClaimsTest
class AsOfTest {

    @Test
    void theRecordAsItStoodOnEachDay() throws InterruptedException {
        String topic = Claims.uniqueTopic();
        Map<String, Object> report = Claims.claim("North Korea plans to send engineering troops to occupied Donetsk Oblast",
                TV_CHOSUN, "2024-06", "FORECAST");
        report.put("resolvesBy", "2024-07/..");
        report.put("topics", List.of(topic, "north-korea"));
        report.put("appearances", List.of(
                Map.of("url", "https://news.example/tv-chosun", "publishedOn", "2024-06-27"),
                Map.of("url", "https://news.example/follow-up", "publishedOn", "2024-07-05")));
        String chosun = Claims.create(report);
        String briefing = Claims.create("There is no evidence of North Korean troops going to Ukraine", SINGH,
                "2024-07-01", "NO_EVIDENCE", List.of(topic, "north-korea"));
        String support = Claims.create("North Korea supplies Russia with military support", PENTAGON, "2024-07-01",
                "ASSERTION", List.of(topic));
        String later = Claims.create("A later statement", PENTAGON, "2024-10-15", "ASSERTION", List.of(topic));

        // Recorded today, back-dated to the briefing: the report became disputed on 1 July 2024.
        Claims.transition(chosun, Map.of("to", "DISPUTED", "credibility", 4, "reason", "Pentagon: no evidence",
                "effectiveOn", "2024-07-01", "evidenceClaimId", briefing)).statusCode(200);
        Instant beforeConfirmation = Instant.now();
        Thread.sleep(20);
        // Recorded later still: confirmed in October 2024.
        Claims.transition(chosun, "CONFIRMED", 1, "2024-10").statusCode(200);

        given().queryParam("topic", topic).queryParam("asOf", "2024-06-29").get("/claims").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));

        given().queryParam("topic", topic).queryParam("asOf", "2024-06-30").get("/claims").then()
                .body("items.id", contains(chosun))
                .body("items[0].status", equalTo("UNVERIFIED"))
                .body("items[0].credibility", equalTo(6))
                .body("items[0].appearances.url", contains("https://news.example/tv-chosun"))
                .body("items[0].asOf", equalTo("2024-06-30"));

        // Claims stated on the same day keep a stable order by id.
        given().queryParam("topic", topic).queryParam("asOf", "2024-07-02").get("/claims").then()
                .body("items[0].id", equalTo(chosun))
                .body("items.id", containsInAnyOrder(chosun, briefing, support))
                .body("items[0].status", equalTo("DISPUTED"))
                .body("items[0].credibility", equalTo(4))
                .body("items[0].confidence", equalTo(30));

        given().queryParam("topic", topic).queryParam("asOf", "2024-11-01").get("/claims").then()
                .body("items.id", containsInAnyOrder(chosun, briefing, support, later))
                .body("items[3].id", equalTo(later))
                .body("items[0].status", equalTo("CONFIRMED"))
                .body("items[0].appearances.size()", equalTo(2));

        // What this system had recorded before the confirmation was entered.
        given().queryParam("topic", topic).queryParam("asOf", "2024-11-01")
                .queryParam("knownAt", beforeConfirmation.toString()).get("/claims").then()
                .body("items[0].status", equalTo("DISPUTED"))
                .body("items[0].knownAt", equalTo(beforeConfirmation.toString()));
        given().queryParam("topic", topic).queryParam("knownAt", "2020-01-01T00:00:00Z").get("/claims").then()
                .body("total", equalTo(0));

        // The status filter applies to the status as of the day.
        given().queryParam("topic", topic).queryParam("asOf", "2024-07-02").queryParam("status", "DISPUTED")
                .get("/claims").then().body("items.id", contains(chosun));
        given().queryParam("topic", topic).queryParam("asOf", "2024-07-02").queryParam("status", "CONFIRMED")
                .get("/claims").then().body("total", equalTo(0));
        given().queryParam("topic", topic).queryParam("status", "CONFIRMED").get("/claims").then()
                .body("items.id", contains(chosun));

        // One claim as of a day.
        given().queryParam("asOf", "2024-07-02").get("/claims/" + chosun).then().statusCode(200)
                .body("status", equalTo("DISPUTED"));
        given().queryParam("asOf", "2024-07-31").get("/claims/" + later).then().statusCode(404)
                .body("detail", containsString("not yet"));
        given().queryParam("asOf", "2024-07").get("/claims/" + chosun).then().statusCode(200)
                .body("asOf", equalTo("2024-07-31"));
    }

    @Test
    void listFiltersByTopicsSourceKindTextAndStatedDates() {
        String a = Claims.uniqueTopic();
        String b = Claims.uniqueTopic();
        String one = Claims.create("Engineers will rebuild Donetsk infrastructure", TV_CHOSUN, "2024-06-27", "ASSERTION", List.of(a));
        String two = Claims.create("Pyongyang summit signs a mutual assistance pact", PENTAGON, "2024-06-19", "ASSERTION", List.of(b));
        String three = Claims.create("Russian engineers were seen in Donetsk", PENTAGON, "2024-07", "DENIAL", List.of(a, b));

        given().queryParam("topic", a).queryParam("topic", b).get("/claims").then()
                .body("items.id", contains(two, one, three));
        given().queryParam("topic", a).queryParam("sourceId", PENTAGON.toString()).get("/claims").then()
                .body("items.id", contains(three));
        given().queryParam("topic", a).queryParam("kind", "denial").get("/claims").then().body("items.id", contains(three));
        given().queryParam("topic", a).queryParam("topic", b).queryParam("q", "engineers Donetsk").get("/claims").then()
                .body("items.id", containsInAnyOrder(one, three));
        given().queryParam("topic", a).queryParam("topic", b).queryParam("statedFrom", "2024-06-20")
                .queryParam("statedTo", "2024-07-05").get("/claims").then().body("items.id", contains(one, three));
        given().queryParam("topic", a).queryParam("topic", b).queryParam("statedTo", "2024-06").get("/claims").then()
                .body("items.id", contains(two, one));
        given().queryParam("topic", a).queryParam("topic", b).queryParam("size", 1).queryParam("page", 2)
                .get("/claims").then().body("items.id", contains(three)).body("total", equalTo(3));
    }

    @Test
    void storyQueryGivesTopicAndPinnedClaimsWithRelationsAndHistory() {
        String topic = Claims.uniqueTopic();
        String report = Claims.create("report", TV_CHOSUN, "2024-06-27", "ASSERTION", List.of(topic));
        String pinned = Claims.create("pinned, other topic", PENTAGON, "2024-07-01", "NO_EVIDENCE", List.of("elsewhere"));
        String unrelated = Claims.create("unrelated", PENTAGON, "2024-07-01", "ASSERTION", List.of("elsewhere"));
        given().contentType(ContentType.JSON).body(Map.of("type", "NO_EVIDENCE_FOR", "targetId", report))
                .post("/claims/" + pinned + "/relations").then().statusCode(201);
        Claims.transition(report, "DISPUTED", 4, "2024-07-01").statusCode(200);
        Claims.transition(report, "CONFIRMED", 1, "2024-10").statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("topics", List.of(topic), "pinnedIds", List.of(pinned),
                        "asOf", "2024-07-02", "includeRelations", true, "includeHistory", true))
                .post("/claims/query").then().statusCode(200)
                .body("next", nullValue())
                .body("size", equalTo(1000))
                .body("items.claim.id", contains(report, pinned))
                .body("items.claim.id", not(hasItem(unrelated)))
                .body("items[0].claim.status", equalTo("DISPUTED"))
                .body("items[0].history.to", contains("UNVERIFIED", "DISPUTED"))
                .body("items[0].relations[0].type", equalTo("NO_EVIDENCE_FOR"))
                .body("items[0].relations[0].direction", equalTo("INCOMING"))
                .body("items[0].relations[0].otherClaimId", equalTo(pinned))
                .body("items[1].relations[0].direction", equalTo("OUTGOING"));
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of(topic), "size", 1001))
                .post("/claims/query").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2024-07-02"))
                .post("/claims/query").then().statusCode(400).body("errors[0].field", equalTo("topics"));
    }

    @Test
    void lookupGivesManyClaimsAsOfADay() {
        String said = Claims.create("said in June", TV_CHOSUN, "2024-06-10", "ASSERTION", List.of());
        String notYet = Claims.create("said in August", TV_CHOSUN, "2024-08-10", "ASSERTION", List.of());
        String missing = "6f1c1a52-0000-4000-8000-000000000000";
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(said, notYet, missing), "asOf", "2024-07-02"))
                .post("/claims/lookup").then().statusCode(200)
                .body("items.id", contains(said))
                .body("items[0].asOf", equalTo("2024-07-02"))
                .body("notYet", contains(notYet))
                .body("missing", contains(missing));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(said, notYet)))
                .post("/claims/lookup").then().statusCode(200).body("items.id", contains(said, notYet));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of("x"))).post("/claims/lookup").then()
                .statusCode(400).body("errors[0].field", equalTo("ids[0]"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(said), "asOf", "2024/2025"))
                .post("/claims/lookup").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
