package io.claimtrail.timelines;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@TimelinesTest
class TimelineResourceTest {

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    @Test
    void createsReadsUpdatesAndArchives() {
        String pinned = "6f1c1a52-0000-4000-8000-000000000001";
        Map<String, Object> body = Timelines.timeline(null, "North Korean troops for Russia's war? " + Timelines.uniqueSlug(),
                List.of("north-korea", "donetsk"));
        body.put("summary", "What was known, and when");
        body.put("pinnedClaimIds", List.of(pinned));
        body.put("eras", List.of(Map.of("name", "After the pact", "start", "2024-06-19", "end", "2024-07-02")));
        var created = given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString("/timelines/"))
                .body("slug", containsString("north-korean-troops-for-russia-s-war-t-"))
                .body("topics", contains("north-korea", "donetsk"))
                .body("pinnedClaimIds", contains(pinned))
                .body("eras[0].name", equalTo("After the pact"))
                .body("eras[0].start", equalTo("2024-06-19"))
                .extract();
        String id = created.path("id");
        String slug = created.path("slug");
        given().get("/timelines/" + slug).then().statusCode(200).body("id", equalTo(id));

        body.put("title", "Renamed");
        given().contentType(ContentType.JSON).body(body).put("/timelines/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"4\"").body(body).put("/timelines/" + id).then()
                .statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/timelines/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("title", equalTo("Renamed")).body("slug", equalTo(slug));

        given().get("/timelines?size=200").then().body("items.id", hasItem(id));
        given().delete("/timelines/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().get("/timelines?size=200").then().body("items.id", not(hasItem(id)));
        given().get("/timelines/" + id).then().statusCode(200);
    }

    @Test
    void rejectsBadTimelinesNamingTheFields() {
        Map<String, Object> body = Timelines.timeline("import", "", List.of("North Korea", "ok", "ok"));
        body.put("eras", List.of(Map.of("name", "open", "start", "2024-07/..", "end", "2024-08"),
                Map.of("name", "backwards", "start", "2024-08", "end", "2024-07")));
        given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title"));
        body.put("title", "A title");
        given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(400)
                .body("errors.field", hasItems("slug", "topics[0]", "topics[2]", "eras[0].start", "eras[1].end"));
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "eras", List.of(Map.of("name", "x", "start", "soon", "end", "2024"))))
                .post("/timelines").then().statusCode(400).body("errors[0].field", equalTo("eras[0].start"));
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "colour", "red")).post("/timelines").then()
                .statusCode(400).body("errors[0].field", equalTo("colour"));
        given().get("/timelines/no-such-story").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void duplicateSlugIs409() {
        String slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "One", List.of("a-topic")));
        given().contentType(ContentType.JSON).body(Timelines.timeline(slug, "Two", List.of("a-topic")))
                .post("/timelines").then().statusCode(409).body("detail", containsString(slug));
    }

    @Test
    void unknownPinnedClaimIs422AndClaimsDownIs503() {
        String unknown = "6f1c1a52-0000-4000-8000-0000000000ff";
        Stubs.server().stubFor(post(urlEqualTo("/claims/lookup")).atPriority(1).withRequestBody(containing(unknown))
                .willReturn(okJson("{\"items\":[],\"missing\":[\"" + unknown + "\"],\"notYet\":[]}")));
        Map<String, Object> body = Timelines.timeline(Timelines.uniqueSlug(), "Pinned", List.of());
        body.put("pinnedClaimIds", List.of("6f1c1a52-0000-4000-8000-000000000001", unknown));
        given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(422)
                .body("errors[0].field", equalTo("pinnedClaimIds[1]"));

        Stubs.server().resetAll();
        Stubs.server().stubFor(post(urlEqualTo("/claims/lookup")).willReturn(aResponse().withStatus(500)));
        given().contentType(ContentType.JSON).body(body).post("/timelines").then().statusCode(503)
                .header("Retry-After", "5").body("detail", containsString("claims service is unavailable"));
        given().get("/timelines/" + body.get("slug")).then().statusCode(404);
    }
}
