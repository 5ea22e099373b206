package io.claimtrail.sources;

import io.claimtrail.testing.TestDatabase;
import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every write leaves one audit entry in its own transaction; a refused write leaves none. */
@SourcesTest
class AuditTest {

    private static final String ADMIN = "admin@claimtrail.local";

    private final TestDatabase database = TestDatabase.withVersionsOf("source");

    @Test
    void createUpdateAndArchiveAreEachRecordedOnceWithBeforeAndAfter() {
        String name = Fixtures.unique("Audited outlet");
        String id = Fixtures.create(Fixtures.source(name, "OUTLET"));
        Map<String, Object> change = Fixtures.source(name, "OUTLET");
        change.put("country", "KR");
        change.put("aliases", List.of("AO"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/sources/" + id).then()
                .statusCode(200);
        given().queryParam("reason", "duplicate").delete("/sources/" + id).then().statusCode(200);
        given().queryParam("reason", "again").delete("/sources/" + id).then().statusCode(200);

        given().get("/sources/" + id + "/audit").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("created", "updated", "archived"))
                .body("items.actor", contains(ADMIN, ADMIN, ADMIN))
                .body("items.entityType", contains("source", "source", "source"))
                .body("items.entityId", contains(id, id, id))
                .body("items[0].at", notNullValue())
                .body("items[0].before", nullValue())
                .body("items[0].after.name", equalTo(name))
                .body("items[0].after.version", equalTo(0))
                .body("items[1].before.country", nullValue())
                .body("items[1].before.aliases", hasSize(0))
                .body("items[1].after.country", equalTo("KR"))
                .body("items[1].after.aliases", contains("AO"))
                .body("items[1].before.version", equalTo(0))
                .body("items[1].after.version", equalTo(1))
                .body("items[2].before.archived", equalTo(false))
                .body("items[2].after.archived", equalTo(true))
                .body("items[2].after.archivedReason", equalTo("duplicate"))
                .body("items[2].after.version", equalTo(2));
    }

    @Test
    void auditIsPagedOldestFirstAndFoundBySlug() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Paged audit"), "OUTLET"));
        String slug = given().get("/sources/" + id).then().extract().path("slug");
        for (int version = 0; version < 3; version++) {
            Map<String, Object> change = Fixtures.source("Paged audit " + version, "OUTLET");
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(change)
                    .put("/sources/" + id).then().statusCode(200);
        }
        given().queryParam("page", 1).queryParam("size", 2).get("/sources/" + slug + "/audit").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.after.name", contains("Paged audit 1", "Paged audit 2"));
        given().queryParam("size", 0).get("/sources/" + id + "/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/sources/6f1c1a52-0000-4000-8000-000000000000/audit").then().statusCode(404);
    }

    @Test
    void refusedWritesLeaveNoEntry() {
        String taken = Fixtures.create(Fixtures.source(Fixtures.unique("Taken slug holder"), "OUTLET"));
        String takenSlug = given().get("/sources/" + taken).then().extract().path("slug");
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Refused writes"), "OUTLET"));
        long entries = database.count("audit_entry");

        Map<String, Object> invalid = Fixtures.source("Refused writes", "OUTLET");
        invalid.put("country", "XX");
        put(id, "\"0\"", invalid).statusCode(400);
        Map<String, Object> stolenSlug = Fixtures.source("Refused writes", "OUTLET");
        stolenSlug.put("slug", takenSlug);
        put(id, "\"0\"", stolenSlug).statusCode(409);
        put(id, "\"5\"", Fixtures.source("Refused writes", "OUTLET")).statusCode(412);
        put(id, null, Fixtures.source("Refused writes", "OUTLET")).statusCode(428);
        Map<String, Object> rated = Fixtures.source("Refused writes", "OUTLET");
        rated.put("reliability", "A");
        given().header("Authorization", TestTokens.bearer(TestTokens.valid(Role.ANALYST)))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(rated).put("/sources/" + id).then()
                .statusCode(403);
        given().header("If-Match", "\"3\"").delete("/sources/" + id).then().statusCode(412);
        given().queryParam("reason", "r".repeat(1001)).delete("/sources/" + id).then().statusCode(400);
        Fixtures.post(Map.of("name", "Taken", "kind", "OUTLET", "slug", takenSlug)).statusCode(409);
        Fixtures.post(Map.of("name", "Invalid", "kind", "BLOG")).statusCode(400);
        Fixtures.post(Map.of("name", "Orphan", "kind", "OUTLET", "affiliations",
                List.of(Map.of("parentId", "6f1c1a52-0000-4000-8000-000000000000")))).statusCode(400);

        assertThat(database.count("audit_entry"), equalTo(entries));
        given().get("/sources/" + id + "/audit").then().body("total", equalTo(1))
                .body("items.action", contains("created"));
    }

    @Test
    void onlyEditorsReadTheAudit() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Closed audit"), "OUTLET"));
        for (Role role : List.of(Role.VIEWER, Role.ANALYST)) {
            given().header("Authorization", TestTokens.bearer(TestTokens.valid(role)))
                    .get("/sources/" + id + "/audit").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
            given().header("Authorization", TestTokens.bearer(TestTokens.valid(role)))
                    .get("/sources/" + id + "/audit").then().statusCode(200).body("total", equalTo(1));
        }
    }

    @Test
    void aClientCannotNameTheActor() {
        Map<String, Object> body = Fixtures.source(Fixtures.unique("Spoofed"), "OUTLET");
        body.put("actor", "someone-else@example.org");
        Fixtures.post(body).statusCode(400).body("errors[0].field", equalTo("actor"));
    }

    private static io.restassured.response.ValidatableResponse put(String id, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/sources/" + id).then();
    }
}
