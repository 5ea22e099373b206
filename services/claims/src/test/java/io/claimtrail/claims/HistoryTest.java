package io.claimtrail.claims;

import io.claimtrail.common.api.KnownAtAhead;
import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.SINGH;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Faithful history of a claim: what it said, whether it was archived and where it stood, as recorded at each
 * moment, with back-dated corrections and a withdrawn transition.
 */
@ClaimsTest
class HistoryTest {

    private static Map<String, Object> report(String topic, String text, String statedOn) {
        Map<String, Object> body = Claims.claim(text, TV_CHOSUN, statedOn, "ASSERTION");
        body.put("topics", List.of(topic));
        return body;
    }

    private static void edit(String id, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(body)
                .put("/claims/" + id).then().statusCode(200);
    }

    @Test
    void everyReadShowsTheClaimAsItWasRecordedThen() {
        String topic = Claims.uniqueTopic();
        Instant beforeAll = Replay.moment();
        String id = Claims.create(report(topic, "North Korea will send engineers", "2024-06"));
        String briefing = Claims.create("No evidence of that", SINGH, "2024-07-01", "NO_EVIDENCE", List.of(topic));
        Instant asFirstRecorded = Replay.moment();

        Map<String, Object> edited = report(topic + "-moved", "North Korea will send military engineers", "2024-06-27");
        edited.put("quote", "engineering troops");
        edit(id, edited);
        Instant afterEdit = Replay.moment();
        given().contentType(ContentType.JSON).body(Map.of("type", "NO_EVIDENCE_FOR", "targetId", id))
                .post("/claims/" + briefing + "/relations").then().statusCode(201);
        Instant afterRelation = Replay.moment();
        given().queryParam("reason", "duplicate entry").delete("/claims/" + id).then().statusCode(200);
        Instant afterArchive = Replay.moment();

        // The single read, at each moment.
        given().queryParam("knownAt", beforeAll.toString()).get("/claims/" + id).then().statusCode(404)
                .body("detail", containsString("not yet recorded"));
        given().queryParam("knownAt", asFirstRecorded.toString()).get("/claims/" + id).then().statusCode(200)
                .body("text", equalTo("North Korea will send engineers")).body("statedOn", equalTo("2024-06"))
                .body("topics", contains(topic)).body("$", not(hasKey("quote"))).body("archived", equalTo(false))
                .body("version", equalTo(0)).body("knownAt", equalTo(asFirstRecorded.toString()));
        given().queryParam("knownAt", afterEdit.toString()).get("/claims/" + id).then()
                .body("text", equalTo("North Korea will send military engineers")).body("quote", equalTo("engineering troops"))
                .body("statedOn", equalTo("2024-06-27")).body("archived", equalTo(false)).body("version", equalTo(1));
        given().get("/claims/" + id).then().body("archived", equalTo(true)).body("version", equalTo(2));

        // Listings: the topic as it was, and the archived claim still there before it was archived.
        given().queryParam("topic", topic).queryParam("knownAt", asFirstRecorded.toString()).get("/claims").then()
                .body("items.id", contains(id, briefing));
        given().queryParam("topic", topic).queryParam("knownAt", afterEdit.toString()).get("/claims").then()
                .body("items.id", contains(briefing));
        given().queryParam("topic", topic + "-moved").queryParam("knownAt", afterRelation.toString()).get("/claims")
                .then().body("items.id", contains(id));
        given().queryParam("topic", topic + "-moved").get("/claims").then().body("items", empty());
        given().queryParam("topic", topic + "-moved").queryParam("knownAt", afterArchive.toString()).get("/claims")
                .then().body("items", empty());
        // Full-text search over what the claim said then.
        given().queryParam("q", "military engineers").queryParam("topic", topic + "-moved")
                .queryParam("knownAt", afterEdit.toString()).get("/claims").then().body("items.id", contains(id));
        given().queryParam("q", "military engineers").queryParam("topic", topic)
                .queryParam("knownAt", asFirstRecorded.toString()).get("/claims").then().body("items", empty());

        // Lookups and story pages, as the timelines service asks.
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "knownAt", asFirstRecorded.toString()))
                .post("/claims/lookup").then().body("items[0].text", equalTo("North Korea will send engineers"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "knownAt", beforeAll.toString()))
                .post("/claims/lookup").then().body("items", empty()).body("notYet", contains(id));
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of(topic), "knownAt", asFirstRecorded.toString()))
                .post("/claims/query").then().body("items.claim.id", contains(id, briefing))
                .body("items[0].claim.statedOn", equalTo("2024-06"));
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of(topic + "-moved"), "includeRelations", true,
                        "knownAt", afterRelation.toString()))
                .post("/claims/query").then().body("items.claim.id", contains(id))
                .body("items[0].relations.otherClaimId", contains(briefing));

        // Relations, both ends.
        given().queryParam("knownAt", afterEdit.toString()).get("/claims/" + briefing + "/relations").then()
                .body("$", empty());
        given().queryParam("knownAt", afterRelation.toString()).get("/claims/" + briefing + "/relations").then()
                .body("otherClaimId", contains(id)).body("otherText", contains("North Korea will send military engineers"));

        // The versions themselves.
        given().get("/claims/" + id + "/versions").then().statusCode(200).body("total", equalTo(3))
                .body("items.version", contains(0, 1, 2))
                .body("items[0].representation.text", equalTo("North Korea will send engineers"))
                .body("items[0].recordedTo", equalTo(given().get("/claims/" + id + "/versions/1").then()
                        .extract().path("recordedFrom")))
                .body("items[2].recordedTo", nullValue())
                .body("items[2].representation.archivedReason", equalTo("duplicate entry"))
                .body("items.actor", contains(startsWith("admin@"), startsWith("admin@"), startsWith("admin@")));
        given().get("/claims/" + id + "/versions/7").then().statusCode(404).body("detail", containsString("latest is 2"));
        given().get("/claims/" + id + "/versions/x").then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void backDatedCorrectionsAndWithdrawnTransitions() {
        String topic = Claims.uniqueTopic();
        String id = Claims.create(report(topic, "Troops will arrive in July", "2024-06-20"));
        String denial = Claims.create("No troops are coming", PENTAGON, "2024-07-10", "DENIAL", List.of(topic));
        Claims.transition(id, "CONFIRMED", 1, "2024-08").statusCode(200);
        Instant beforeCorrection = Replay.moment();
        // Learned later: it had been disputed on 28 June, before the confirmation.
        Map<String, Object> correction = new HashMap<>(Map.of("to", "DISPUTED", "credibility", 4,
                "reason", "Denied at the time", "effectiveOn", "2024-06-28"));
        Claims.transition(id, correction).statusCode(200).body("status", equalTo("CONFIRMED"));
        Instant afterCorrection = Replay.moment();

        given().queryParam("asOf", "2024-07-01").get("/claims/" + id).then().body("status", equalTo("DISPUTED"))
                .body("credibility", equalTo(4));
        given().queryParam("asOf", "2024-07-01").queryParam("knownAt", beforeCorrection.toString()).get("/claims/" + id)
                .then().body("status", equalTo("UNVERIFIED"));
        given().queryParam("asOf", "2024-09-01").get("/claims/" + id).then().body("status", equalTo("CONFIRMED"));
        given().queryParam("topic", topic).queryParam("asOf", "2024-07-01").queryParam("status", "DISPUTED")
                .get("/claims").then().body("items.id", contains(id));
        given().queryParam("topic", topic).queryParam("asOf", "2024-07-01").queryParam("status", "DISPUTED")
                .queryParam("knownAt", beforeCorrection.toString()).get("/claims").then().body("items", empty());
        given().get("/claims/" + id + "/history").then().body("to", contains("UNVERIFIED", "DISPUTED", "CONFIRMED"))
                .body("effectiveOn", contains("2024-06-20", "2024-06-28", "2024-08"));
        given().queryParam("knownAt", beforeCorrection.toString()).get("/claims/" + id + "/history").then()
                .body("to", contains("UNVERIFIED", "CONFIRMED"));

        // The confirmation was entered wrongly: withdrawn, kept, and no longer counted.
        String confirmation = given().get("/claims/" + id + "/history").then().extract().path("[2].id");
        Map<String, Object> withdrawal = Map.of("reason", "Confused with another report");
        given().contentType(ContentType.JSON).body(withdrawal)
                .post("/claims/" + id + "/transitions/" + confirmation + "/withdrawal").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(withdrawal)
                .post("/claims/" + id + "/transitions/" + confirmation + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("DISPUTED")).body("credibility", equalTo(4));
        Instant afterWithdrawal = Replay.moment();
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(withdrawal)
                .post("/claims/" + id + "/transitions/" + confirmation + "/withdrawal").then().statusCode(409)
                .body("detail", containsString("already withdrawn"));
        String first = given().get("/claims/" + id + "/history").then().extract().path("[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(withdrawal)
                .post("/claims/" + id + "/transitions/" + first + "/withdrawal").then().statusCode(409)
                .body("detail", containsString("cannot be withdrawn"));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(Map.of("reason", " "))
                .post("/claims/" + id + "/transitions/" + confirmation + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(id) + "\"").body(withdrawal)
                .post("/claims/" + id + "/transitions/" + denial + "/withdrawal").then().statusCode(404);

        given().get("/claims/" + id).then().body("status", equalTo("DISPUTED"));
        given().queryParam("asOf", "2024-09-01").get("/claims/" + id).then().body("status", equalTo("DISPUTED"));
        given().queryParam("asOf", "2024-09-01").queryParam("knownAt", afterCorrection.toString()).get("/claims/" + id)
                .then().body("status", equalTo("CONFIRMED"));
        given().get("/claims/" + id + "/history").then().body("[2].withdrawn.reason", equalTo("Confused with another report"))
                .body("[2].withdrawn.at", notNullValue()).body("[1]", not(hasKey("withdrawn")));
        given().queryParam("knownAt", afterCorrection.toString()).get("/claims/" + id + "/history").then()
                .body("[2]", not(hasKey("withdrawn")));
        given().queryParam("knownAt", afterWithdrawal.toString()).get("/claims/" + id + "/history").then()
                .body("[2].withdrawn.by", startsWith("admin@"));
        // The claim review follows the standing transition at each view.
        given().queryParam("knownAt", afterCorrection.toString()).get("/claims/" + id + "/claimreview").then()
                .body("reviewRating.alternateName", equalTo("True"));
        given().get("/claims/" + id + "/claimreview").then().body("reviewRating.alternateName", equalTo("Disputed"));
    }

    @Test
    void aMomentAheadReadsAsNowAndSaysSo() {
        String id = Claims.create(Claims.claim("Said today", PENTAGON, "2024-07-01", "ASSERTION"));
        given().queryParam("knownAt", "2999-01-01T00:00:00Z").get("/claims/" + id).then().statusCode(200)
                .header(KnownAtAhead.HEADER, containsString("lies ahead")).body("$", not(hasKey("knownAt")));
        given().queryParam("knownAt", "2999-01-01T00:00:00Z").get("/claims").then().statusCode(200)
                .header(KnownAtAhead.HEADER, notNullValue());
        given().queryParam("knownAt", "2024-07-02T00:00:00Z").get("/claims/" + id).then()
                .header(KnownAtAhead.HEADER, nullValue());
        given().queryParam("knownAt", "yesterday").get("/claims/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("asOf", "July").get("/claims/" + id + "/history").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
