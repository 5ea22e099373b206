package io.claimtrail.claims;

import io.claimtrail.testing.AsRole;
import io.claimtrail.testing.TestDatabase;
import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Each kind of write leaves one audit entry under the claims it touches; a refused write leaves none. */
@ClaimsTest
class AuditTest {

    private static final String ED = "ed@newsroom.example";
    private static final String EDITOR = TestTokens.bearer(TestTokens.valid(Role.EDITOR, ED));

    private final TestDatabase rows = TestDatabase.withVersionsOf("claim");

    private static io.restassured.response.ValidatableResponse audit(String id) {
        return given().get("/claims/" + id + "/audit").then().statusCode(200);
    }

    private static String create(String text, java.util.UUID source, String statedOn) {
        return given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Claims.claim(text, source, statedOn, "ASSERTION")).post("/claims").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void creationUpdateTransitionAndArchiveEachLeaveOneEntry() {
        String id = create("first wording", PENTAGON, "2024-07-01");
        audit(id).body("total", equalTo(1))
                .body("items[0].actor", equalTo(ED))
                .body("items[0].action", equalTo("created"))
                .body("items[0].entityType", equalTo("claim"))
                .body("items[0].entityId", equalTo(id))
                .body("items[0].at", notNullValue())
                .body("items[0].before", nullValue())
                .body("items[0].after.text", equalTo("first wording"))
                .body("items[0].after.version", equalTo(0));

        given().header("Authorization", EDITOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Claims.claim("second wording", PENTAGON, "2024-07-01", "ASSERTION"))
                .put("/claims/" + id).then().statusCode(200);
        given().header("Authorization", EDITOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("to", "DISPUTED", "credibility", 4, "reason", "no evidence", "effectiveOn", "2024-07-02"))
                .post("/claims/" + id + "/transitions").then().statusCode(200);
        String transitionId = given().get("/claims/" + id + "/history").then().extract().path("[-1].id");
        given().header("Authorization", EDITOR).header("If-Match", "\"2\"").queryParam("reason", "duplicate")
                .delete("/claims/" + id).then().statusCode(200);

        audit(id).body("total", equalTo(4))
                .body("items.action", contains("created", "updated", "transitioned", "archived"))
                .body("items.entityType", contains("claim", "claim", "transition", "claim"))
                .body("items.entityId", contains(id, id, transitionId, id))
                .body("items.actor", contains(ED, ED, ED, ED))
                .body("items[1].before.text", equalTo("first wording"))
                .body("items[1].after.text", equalTo("second wording"))
                .body("items[1].after.version", equalTo(1))
                .body("items[2].before.status", equalTo("UNVERIFIED"))
                .body("items[2].after.status", equalTo("DISPUTED"))
                .body("items[2].before.credibility", equalTo(6))
                .body("items[2].after.credibility", equalTo(4))
                .body("items[3].before.archived", equalTo(false))
                .body("items[3].after.archived", equalTo(true))
                .body("items[3].after.archivedReason", equalTo("duplicate"));

        given().queryParam("size", 2).queryParam("page", 1).get("/claims/" + id + "/audit").then().statusCode(200)
                .body("items.action", contains("transitioned", "archived")).body("total", equalTo(4));
        given().header("If-Match", "\"3\"").queryParam("reason", "again").delete("/claims/" + id).then()
                .statusCode(200);
        audit(id).body("total", equalTo(4));
    }

    @Test
    void aRelationIsAuditedUnderBothClaimsAsSeenFromEach() {
        String report = create("NK engineers to Donetsk", TV_CHOSUN, "2024-06-27");
        String briefing = create("No evidence of NK troops", PENTAGON, "2024-07-01");
        String relationId = given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("type", "NO_EVIDENCE_FOR", "targetId", report, "note", "1 July briefing"))
                .post("/claims/" + briefing + "/relations").then().statusCode(201).extract().path("id");
        audit(briefing).body("total", equalTo(2))
                .body("items[1].action", equalTo("related"))
                .body("items[1].entityType", equalTo("relation"))
                .body("items[1].entityId", equalTo(relationId))
                .body("items[1].actor", equalTo(ED))
                .body("items[1].before", nullValue())
                .body("items[1].after.direction", equalTo("OUTGOING"))
                .body("items[1].after.otherClaimId", equalTo(report))
                .body("items[1].after.note", equalTo("1 July briefing"));
        audit(report).body("total", equalTo(2))
                .body("items[1].action", equalTo("related"))
                .body("items[1].entityId", equalTo(relationId))
                .body("items[1].after.direction", equalTo("INCOMING"))
                .body("items[1].after.otherClaimId", equalTo(briefing));
    }

    @Test
    void refusedWritesLeaveNoEntry() {
        String id = create("stable", PENTAGON, "2024-07-01");
        String other = create("other", PENTAGON, "2024-07-01");
        String foreign = create("another source", TV_CHOSUN, "2024-07-01");
        given().header("Authorization", EDITOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "DISPUTED", "reason", "r", "effectiveOn", "2024-07-02"))
                .post("/claims/" + id + "/transitions").then().statusCode(200);
        long before = rows.count("audit_entry");

        Claims.post(Claims.claim("", PENTAGON, "2024-07-01", "ASSERTION")).statusCode(400);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Claims.claim("stale", PENTAGON, "2024-07-01", "ASSERTION")).put("/claims/" + id).then()
                .statusCode(412);
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Claims.claim("t", PENTAGON, "2024-07-01", "RUMOUR")).put("/claims/" + id).then()
                .statusCode(400);
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("to", "UNVERIFIED", "reason", "back", "effectiveOn", "2024-07-03"))
                .post("/claims/" + id + "/transitions").then().statusCode(409);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "REFUTED", "reason", "stale", "effectiveOn", "2024-07-03"))
                .post("/claims/" + id + "/transitions").then().statusCode(412);
        given().header("If-Match", "\"0\"").queryParam("reason", "stale").delete("/claims/" + id).then()
                .statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("type", "SUPPORTS", "targetId", other))
                .post("/claims/" + id + "/relations").then().statusCode(201);
        long afterRelation = rows.count("audit_entry");
        assertThat("a relation adds one entry per claim", afterRelation, equalTo(before + 2));
        given().contentType(ContentType.JSON).body(Map.of("type", "SUPPORTS", "targetId", other))
                .post("/claims/" + id + "/relations").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("type", "RETRACTS", "targetId", foreign))
                .post("/claims/" + id + "/relations").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("type", "CITES", "targetId", java.util.UUID.randomUUID()))
                .post("/claims/" + id + "/relations").then().statusCode(422);

        assertThat(rows.count("audit_entry"), equalTo(afterRelation));
        audit(id).body("items.action", contains("created", "transitioned", "related"));
    }

    @Test
    @AsRole(Role.ANALYST)
    void onlyEditorsReadTheAudit() {
        String id = Claims.create(Claims.claim("audited", PENTAGON, "2024-07-01", "ASSERTION"));
        given().get("/claims/" + id + "/audit").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.valid(Role.VIEWER))).get("/claims/" + id + "/audit")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", EDITOR).get("/claims/" + id + "/audit").then().statusCode(200)
                .body("items[0].actor", equalTo("analyst@claimtrail.local"));
        given().header("Authorization", EDITOR).get("/claims/" + java.util.UUID.randomUUID() + "/audit").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", EDITOR).queryParam("size", 0).get("/claims/" + id + "/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
