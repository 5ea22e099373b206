package io.claimtrail.claims;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds claim bodies and drives the claims API in tests. */
final class Claims {

    private Claims() {
    }

    /** A topic no other test uses, so listings can be checked exactly. */
    static String uniqueTopic() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static Map<String, Object> claim(String text, UUID sourceId, String statedOn, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("sourceId", sourceId.toString());
        body.put("statedOn", statedOn);
        body.put("kind", kind);
        return body;
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims").then();
    }

    static String create(Map<String, Object> body) {
        return post(body).statusCode(201).extract().path("id");
    }

    static String create(String text, UUID sourceId, String statedOn, String kind, List<String> topics) {
        Map<String, Object> body = claim(text, sourceId, statedOn, kind);
        body.put("topics", topics);
        return create(body);
    }

    static long version(String id) {
        return ((Number) given().get("/claims/" + id).then().statusCode(200).extract().path("version")).longValue();
    }

    static ValidatableResponse transition(String id, String to, Integer credibility, String effectiveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (credibility != null) {
            body.put("credibility", credibility);
        }
        body.put("reason", "test: " + to);
        body.put("effectiveOn", effectiveOn);
        if (to.equals("RETRACTED")) {
            // a retraction needs evidence (issue #14)
            body.put("evidenceUrl", "https://example.org/the-speaker-withdraws-it");
        }
        return transition(id, body);
    }

    static ValidatableResponse transition(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version(id) + "\"").body(body)
                .post("/claims/" + id + "/transitions").then();
    }
}
