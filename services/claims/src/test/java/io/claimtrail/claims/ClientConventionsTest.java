package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** What a client generated from the contract does: read-modify-write, merge patches, retries with a key, caching. */
@ClaimsTest
class ClientConventionsTest {

    @Test
    void aClaimAsReadIsAcceptedBackWithOneFieldChanged() {
        Map<String, Object> body = Claims.claim("Troops are on their way", TV_CHOSUN, "2024-06", "ASSERTION");
        body.put("appearances", List.of(Map.of("url", "https://example.org/a", "retrievedAt", "2024-07-02T10:00:00Z")));
        String id = Claims.create(body);
        Map<String, Object> read = given().get("/claims/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        read.put("quote", "They are on their way");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/claims/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("quote", equalTo("They are on their way"))
                .body("status", equalTo("UNVERIFIED"));
    }

    @Test
    void statusAndCredibilityStayTheServersUnderPut() {
        String id = Claims.create(Claims.claim("Credibility is not PUT", TV_CHOSUN, "2024-06", "ASSERTION"));
        Map<String, Object> read = given().get("/claims/" + id).then().extract().jsonPath().getMap("");
        read.put("credibility", 2);
        read.put("status", "CONFIRMED");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/claims/" + id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("credibility", "status"));
    }

    @Test
    void everyInvalidFieldIsNamedInOne400() {
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "sourceId", "not-a-uuid", "statedOn", "July",
                        "kind", "RUMOUR", "credibility", 9))
                .post("/claims").then().statusCode(400)
                .body("errors.field", contains("credibility", "kind", "sourceId", "statedOn"));
    }

    @Test
    void aMergePatchChangesTheDescriptiveFields() {
        String id = Claims.create(Claims.claim("Patched claim", TV_CHOSUN, "2024-06", "ASSERTION"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"topics\": [\"north-korea\"], \"language\": \"en\"}").patch("/claims/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("topics", contains("north-korea"))
                .body("text", equalTo("Patched claim"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"credibility\": 1}").patch("/claims/" + id).then().statusCode(409)
                .body("errors.field", contains("credibility"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        String key = UUID.randomUUID().toString();
        String topic = Claims.uniqueTopic();
        Map<String, Object> body = Claims.claim("Retried claim", TV_CHOSUN, "2024-06", "ASSERTION");
        body.put("topics", List.of(topic));
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/claims")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/claims").then()
                .statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().get("/claims?topic=" + topic).then().body("total", equalTo(1));
        body.put("text", "Another claim");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/claims").then()
                .statusCode(422);
    }

    @Test
    void aClaimReadAgainWithItsETagIs304() {
        String id = Claims.create(Claims.claim("Cached claim", TV_CHOSUN, "2024-06", "ASSERTION"));
        given().header("If-None-Match", "\"0\"").get("/claims/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"5\"").get("/claims/" + id).then().statusCode(200);
    }
}
