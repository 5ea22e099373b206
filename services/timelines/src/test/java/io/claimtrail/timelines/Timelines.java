package io.claimtrail.timelines;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Creates timelines and events through the API in tests. */
final class Timelines {

    private Timelines() {
    }

    static String uniqueSlug() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> timeline(String slug, String title, List<String> topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", title);
        body.put("topics", topics);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(201)
                .extract().path("id");
    }

    static String event(String timeline, String title, String occurred) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "occurred", occurred))
                .post("/timelines/" + timeline + "/events").then().statusCode(201).extract().path("id");
    }
}
