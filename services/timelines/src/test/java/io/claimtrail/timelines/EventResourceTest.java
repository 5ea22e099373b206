package io.claimtrail.timelines;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@TimelinesTest
class EventResourceTest {

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    @Test
    void eventsOfATimeline() {
        String slug = Timelines.uniqueSlug();
        String timeline = Timelines.create(Timelines.timeline(slug, "Events", List.of()));
        var created = given().contentType(ContentType.JSON).body(Map.of("title", "Putin arrives in Pyongyang",
                        "occurred", "2024-06-18", "place", "Pyongyang", "sourceIds", List.of(Stubs.TV_CHOSUN.toString())))
                .post("/timelines/" + slug + "/events").then().statusCode(201).header("ETag", "\"0\"")
                .body("timelineId", equalTo(timeline)).body("occurred", equalTo("2024-06-18"))
                .body("sourceIds", contains(Stubs.TV_CHOSUN.toString())).extract();
        String id = created.path("id");
        Timelines.event(slug, "Pact signed", "2024-06-19");
        Timelines.event(slug, "Earlier, roughly", "2024-06~");

        given().get("/timelines/" + slug + "/events").then().statusCode(200)
                .body("items.title", contains("Earlier, roughly", "Putin arrives in Pyongyang", "Pact signed"))
                .body("total", equalTo(3));
        given().get("/timelines/" + timeline + "/events/" + id).then().statusCode(200).body("place", equalTo("Pyongyang"));

        Map<String, Object> change = Map.of("title", "Putin arrives in North Korea", "occurred", "2024-06-18/2024-06-19");
        given().contentType(ContentType.JSON).body(change).put("/timelines/" + slug + "/events/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .put("/timelines/" + slug + "/events/" + id).then().statusCode(200)
                .body("occurred", equalTo("2024-06-18/2024-06-19")).body("sourceIds.size()", equalTo(0));
        given().delete("/timelines/" + slug + "/events/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().get("/timelines/" + slug + "/events").then().body("total", equalTo(2));
    }

    @Test
    void badEventsAreRejected() {
        String slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Bad events", List.of()));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "occurred", "June 2024"))
                .post("/timelines/" + slug + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("occurred")).body("errors[0].message", containsString("expected YYYY"));
        given().contentType(ContentType.JSON).body(Map.of("occurred", "2024"))
                .post("/timelines/" + slug + "/events").then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "occurred", "2024",
                        "sourceIds", List.of("6f1c1a52-0000-4000-8000-0000000000aa")))
                .post("/timelines/" + slug + "/events").then().statusCode(422)
                .body("errors[0].field", equalTo("sourceIds[0]"));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "occurred", "2024"))
                .post("/timelines/no-such-timeline/events").then().statusCode(404);
        given().get("/timelines/" + slug + "/events/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void sqlAndLikeMetacharactersAreTakenLiterally() {
        String slug = Timelines.uniqueSlug();
        String title = "50% of 'troops'_\\ ; DROP TABLE event; --";
        Timelines.create(Timelines.timeline(slug, title, List.of()));
        Timelines.event(slug, "a_c", "2024-06-19");
        given().get("/timelines/" + slug).then().statusCode(200).body("title", equalTo(title));
        String bundle = """
                {"format": "claimtrail-bundle/1", "sources": [], "claims": [],
                 "timeline": {"slug": "%s", "title": "Metacharacters"},
                 "events": [{"ref": "like", "title": "abc", "occurred": "2024-06-19"},
                            {"ref": "same", "title": "a_c", "occurred": "2024-06-19"}]}""".formatted(slug);
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(200)
                .body("events.outcome", contains("CREATED", "MATCHED"));
        given().get("/timelines/" + slug + "/events").then().body("items.title", org.hamcrest.Matchers.containsInAnyOrder("a_c", "abc"));
    }
}
