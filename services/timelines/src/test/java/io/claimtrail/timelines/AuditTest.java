package io.claimtrail.timelines;

import io.claimtrail.testing.TestDatabase;
import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/** Every write to a timeline or its events leaves one entry in the timeline's audit trail; a refused write none. */
@TimelinesTest
class AuditTest {

    private static final String ANALYST = "ann@newsroom.example";
    private static final String EDITOR = "ed@newsroom.example";

    private final TestDatabase database = TestDatabase.withVersionsOf("timeline", "event");

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    private static RequestSpecification as(Role role, String subject) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.valid(role, subject)))
                .contentType(ContentType.JSON);
    }

    @Test
    void eachWriteToATimelineIsRecordedWithItsActorAndStates() {
        String slug = Timelines.uniqueSlug();
        String id = as(Role.ANALYST, ANALYST).body(Timelines.timeline(slug, "Audited", List.of("north-korea")))
                .post("/timelines").then().statusCode(201).extract().path("id");
        Map<String, Object> renamed = Timelines.timeline(slug, "Audited again", List.of("north-korea"));
        as(Role.ANALYST, ANALYST).header("If-Match", "\"0\"").body(renamed).put("/timelines/" + id).then().statusCode(200);
        as(Role.EDITOR, EDITOR).delete("/timelines/" + id).then().statusCode(200);
        as(Role.EDITOR, EDITOR).delete("/timelines/" + id).then().statusCode(200);

        as(Role.EDITOR, EDITOR).get("/timelines/" + slug + "/audit").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("created", "updated", "archived"))
                .body("items.actor", contains(ANALYST, ANALYST, EDITOR))
                .body("items.entityType", everyItem(equalTo("timeline")))
                .body("items.entityId", everyItem(equalTo(id)))
                .body("items[0].before", nullValue())
                .body("items[0].after.title", equalTo("Audited"))
                .body("items[0].after.version", equalTo(0))
                .body("items[1].before.title", equalTo("Audited"))
                .body("items[1].after.title", equalTo("Audited again"))
                .body("items[1].after.version", equalTo(1))
                .body("items[2].before.archived", equalTo(false))
                .body("items[2].after.archived", equalTo(true))
                .body("items[2].at", org.hamcrest.Matchers.notNullValue());
        as(Role.EDITOR, EDITOR).queryParam("page", 1).queryParam("size", 2).get("/timelines/" + id + "/audit").then()
                .statusCode(200).body("items.action", contains("archived")).body("total", equalTo(3));
    }

    @Test
    void eventWritesAreInTheirTimelinesTrail() {
        String slug = Timelines.uniqueSlug();
        String timeline = Timelines.create(Timelines.timeline(slug, "Events audited", List.of()));
        String event = as(Role.ANALYST, ANALYST).body(Map.of("title", "Pact signed", "occurred", "2024-06-19"))
                .post("/timelines/" + slug + "/events").then().statusCode(201).extract().path("id");
        as(Role.ANALYST, ANALYST).header("If-Match", "\"0\"")
                .body(Map.of("title", "Pact signed in Pyongyang", "occurred", "2024-06-19"))
                .put("/timelines/" + slug + "/events/" + event).then().statusCode(200);
        as(Role.EDITOR, EDITOR).delete("/timelines/" + slug + "/events/" + event).then().statusCode(200);

        as(Role.EDITOR, EDITOR).get("/timelines/" + timeline + "/audit").then().statusCode(200)
                .body("items.entityType", contains("timeline", "event", "event", "event"))
                .body("items.action", contains("created", "created", "updated", "archived"))
                .body("items.actor", contains("admin@claimtrail.local", ANALYST, ANALYST, EDITOR))
                .body("items[1].entityId", equalTo(event))
                .body("items[1].after.timelineId", equalTo(timeline))
                .body("items[2].before.title", equalTo("Pact signed"))
                .body("items[2].after.title", equalTo("Pact signed in Pyongyang"))
                .body("items[3].after.archived", equalTo(true));
    }

    @Test
    void anImportRecordsTheTimelineAndEventsItCreated() {
        String slug = Timelines.uniqueSlug();
        String bundle = """
                {"format": "claimtrail-bundle/1", "sources": [], "claims": [],
                 "timeline": {"slug": "%s", "title": "Imported story"},
                 "events": [{"ref": "pact", "title": "Pact signed", "occurred": "2024-06-19"},
                            {"ref": "visit", "title": "Visit", "occurred": "2024-06-18"}]}""".formatted(slug);
        String id = as(Role.ADMIN, "importer@newsroom.example").body(bundle).post("/timelines/import").then()
                .statusCode(200).extract().path("timeline.id");
        as(Role.ADMIN, "importer@newsroom.example").body(bundle).post("/timelines/import").then().statusCode(200)
                .body("timeline.outcome", equalTo("MATCHED"));

        as(Role.EDITOR, EDITOR).get("/timelines/" + id + "/audit").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.entityType", contains("timeline", "event", "event"))
                .body("items.action", everyItem(equalTo("imported")))
                .body("items.actor", everyItem(equalTo("importer@newsroom.example")))
                .body("items[1].after.title", equalTo("Pact signed"));
    }

    @Test
    void refusedWritesLeaveNoEntry() {
        String slug = Timelines.uniqueSlug();
        String id = Timelines.create(Timelines.timeline(slug, "Refusals", List.of()));
        String event = Timelines.event(slug, "Event", "2024");
        long entries = database.count("audit_entry");

        Map<String, Object> body = Timelines.timeline(slug, "Changed", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body).put("/timelines/" + id).then()
                .statusCode(412);
        given().contentType(ContentType.JSON).body(Timelines.timeline(slug, "Same slug", List.of())).post("/timelines")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("title", "")).post("/timelines").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "x", "topics", List.of("Bad")))
                .put("/timelines/" + id).then().statusCode(400);
        given().header("If-Match", "\"5\"").delete("/timelines/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("title", "x", "occurred", "2024"))
                .put("/timelines/" + slug + "/events/" + event).then().statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "occurred", "2024",
                "sourceIds", List.of("6f1c1a52-0000-4000-8000-0000000000aa")))
                .post("/timelines/" + slug + "/events").then().statusCode(422);
        given().header("If-Match", "\"9\"").delete("/timelines/" + slug + "/events/" + event).then().statusCode(412);

        assertThat(database.count("audit_entry"), equalTo(entries));
        given().get("/timelines/" + id + "/audit").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void onlyEditorsReadTheTrail() {
        String slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Trail", List.of()));
        for (Role role : List.of(Role.VIEWER, Role.ANALYST)) {
            as(role, role.id() + "@newsroom.example").get("/timelines/" + slug + "/audit").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        as(Role.EDITOR, EDITOR).get("/timelines/" + slug + "/audit").then().statusCode(200);
        as(Role.EDITOR, EDITOR).get("/timelines/no-such-timeline/audit").then().statusCode(404);
        as(Role.EDITOR, EDITOR).get("/timelines/" + slug + "/audit?size=0").then().statusCode(400);
    }
}
