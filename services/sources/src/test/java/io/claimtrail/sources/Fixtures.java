package io.claimtrail.sources;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds request bodies and creates sources through the API. */
final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    /** A name no other test uses, so tests need no clean database. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8) + COUNTER.incrementAndGet();
    }

    static Map<String, Object> source(String name, String kind) {
        return new java.util.HashMap<>(Map.of("name", name, "kind", kind));
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/sources").then();
    }

    /** Creates a source and returns its id. */
    static String create(Map<String, Object> body) {
        return post(body).statusCode(201).extract().path("id");
    }

    static String create(String name, String kind, List<String> aliases) {
        Map<String, Object> body = source(name, kind);
        body.put("aliases", aliases);
        return create(body);
    }

    static Map<String, Object> affiliation(String parentId, String role, String from, String to) {
        Map<String, Object> link = new java.util.HashMap<>();
        link.put("parentId", parentId);
        link.put("role", role);
        if (from != null) {
            link.put("from", from);
        }
        if (to != null) {
            link.put("to", to);
        }
        return link;
    }
}
