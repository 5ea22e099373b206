package io.claimtrail.claims;

import io.claimtrail.testing.AsRole;
import io.claimtrail.testing.TestTokens;
import io.claimtrail.testing.WithoutToken;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

/** Real signed tokens against the real endpoints: who may read, write, move, archive and audit claims. */
@ClaimsTest
class AccessTest {

    private static String bearer(Role role) {
        return TestTokens.bearer(TestTokens.valid(role));
    }

    private static String newClaim() {
        return given().header("Authorization", bearer(Role.ANALYST)).contentType(ContentType.JSON)
                .body(Claims.claim("access " + UUID.randomUUID(), PENTAGON, "2024-07-01", "ASSERTION"))
                .post("/claims").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse as(String authorization, String method, String path, Object body,
            String ifMatch) {
        var request = given().header("Authorization", authorization);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.request(method, path).then();
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    @WithoutToken
    void noTokenIs401ProblemWithABearerChallenge() {
        given().get("/claims").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("detail", containsString("bearer token"));
        given().contentType(ContentType.JSON).body(Claims.claim("t", PENTAGON, "2024", "ASSERTION")).post("/claims")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.expired(Role.ADMIN)),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer(Role.ADMIN)),
                Arguments.of("wrong audience", TestTokens.wrongAudience(Role.ADMIN)),
                Arguments.of("wrong signature", TestTokens.wrongSignature(Role.ADMIN)),
                Arguments.of("garbage", "not.a.jwt"),
                Arguments.of("empty", ""));
    }

    @ParameterizedTest(name = "{0} token -> 401")
    @MethodSource("badTokens")
    void refusedTokensAre401(String what, String token) {
        String id = newClaim();
        given().header("Authorization", "Bearer " + token).get("/claims/" + id).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Claims.claim("t", PENTAGON, "2024", "ASSERTION")).post("/claims").then().statusCode(401);
    }

    @Test
    void aTokenWithoutARoleIs403() {
        refused(as(TestTokens.bearer(TestTokens.withoutRole()), "GET", "/claims", null, null), 403);
    }

    @Test
    void viewersReadButCannotWrite() {
        String id = newClaim();
        String other = newClaim();
        String viewer = bearer(Role.VIEWER);
        as(viewer, "GET", "/claims", null, null).statusCode(200);
        as(viewer, "GET", "/claims/" + id, null, null).statusCode(200);
        as(viewer, "GET", "/claims/" + id + "/history", null, null).statusCode(200);
        as(viewer, "GET", "/claims/" + id + "/relations", null, null).statusCode(200);
        as(viewer, "GET", "/claims/" + id + "/claimreview", null, null).statusCode(200);
        as(viewer, "GET", "/claims/track-records/" + PENTAGON, null, null).statusCode(200);
        as(viewer, "POST", "/claims/lookup", Map.of("ids", List.of(id)), null).statusCode(200);
        as(viewer, "POST", "/claims/query", Map.of("pinnedIds", List.of(id)), null).statusCode(200);

        refused(as(viewer, "POST", "/claims", Claims.claim("t", PENTAGON, "2024", "ASSERTION"), null), 403);
        refused(as(viewer, "PUT", "/claims/" + id, Claims.claim("t", PENTAGON, "2024", "ASSERTION"), "\"0\""), 403);
        refused(as(viewer, "POST", "/claims/" + id + "/relations", Map.of("type", "SUPPORTS", "targetId", other),
                null), 403);
        refused(as(viewer, "POST", "/claims/" + id + "/transitions", transition("DISPUTED"), "\"0\""), 403);
        refused(as(viewer, "DELETE", "/claims/" + id + "?reason=x", null, null), 403);
        refused(as(viewer, "GET", "/claims/" + id + "/audit", null, null), 403);
        as(viewer, "GET", "/claims/" + id, null, null).body("version", equalTo(0));
    }

    @Test
    void analystsRecordDescribeAndRelateButNeedAnEditorToMoveArchiveOrAudit() {
        String id = newClaim();
        String other = newClaim();
        String analyst = bearer(Role.ANALYST);
        as(analyst, "PUT", "/claims/" + id, Claims.claim("reworded", PENTAGON, "2024-07-01", "ASSERTION"), "\"0\"")
                .statusCode(200);
        as(analyst, "POST", "/claims/" + id + "/relations", Map.of("type", "SUPPORTS", "targetId", other), null)
                .statusCode(201);
        refused(as(analyst, "POST", "/claims/" + id + "/transitions", transition("DISPUTED"), "\"1\""), 403);
        refused(as(analyst, "DELETE", "/claims/" + id + "?reason=duplicate", null, null), 403);
        refused(as(analyst, "GET", "/claims/" + id + "/audit", null, null), 403);

        String editor = bearer(Role.EDITOR);
        as(editor, "POST", "/claims/" + id + "/transitions", transition("DISPUTED"), "\"1\"").statusCode(200)
                .body("status", equalTo("DISPUTED"));
        as(editor, "GET", "/claims/" + id + "/audit", null, null).statusCode(200);
        as(editor, "DELETE", "/claims/" + id + "?reason=duplicate", null, null).statusCode(200)
                .body("archived", equalTo(true));
    }

    @Test
    void aStartingCredibilityIsARatingThatNeedsAnEditor() {
        Map<String, Object> rated = Claims.claim("rated", TV_CHOSUN, "2024-06-27", "ASSERTION");
        rated.put("credibility", 2);
        refused(as(bearer(Role.ANALYST), "POST", "/claims", rated, null), 403);
        as(bearer(Role.ANALYST), "POST", "/claims", rated, null)
                .body("errors[0].field", equalTo("credibility")).body("requiredRole", equalTo("editor"));
        as(bearer(Role.EDITOR), "POST", "/claims", rated, null).statusCode(201).body("credibility", equalTo(2));

        Map<String, Object> unjudged = Claims.claim("unjudged", TV_CHOSUN, "2024-06-27", "ASSERTION");
        unjudged.put("credibility", 6);
        as(bearer(Role.ANALYST), "POST", "/claims", unjudged, null).statusCode(201).body("credibility", equalTo(6));
        as(bearer(Role.ANALYST), "POST", "/claims", Claims.claim("none", TV_CHOSUN, "2024-06-27", "ASSERTION"), null)
                .statusCode(201).body("credibility", equalTo(6));
    }

    @Test
    @WithoutToken
    void healthAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/claims/{id}/audit'.get.description", containsString("editor role"))
                .body("paths.'/claims/{id}/transitions'.post.description", containsString("editor role"))
                .body("paths.'/claims'.post.description", containsString("analyst role"))
                .body("paths.'/claims/lookup'.post.description", containsString("viewer role"))
                .body("paths.'/claims'.get.parameters.find { it.name == 'q' }.schema.maxLength", equalTo(500));
    }

    @Test
    void theActorOfEveryWriteIsTheTokensSubject() {
        String ann = TestTokens.bearer(TestTokens.valid(Role.EDITOR, "ann@newsroom.example"));
        String id = given().header("Authorization", ann).contentType(ContentType.JSON)
                .body(Claims.claim("by ann", PENTAGON, "2024-07-01", "ASSERTION")).post("/claims").then()
                .statusCode(201).extract().path("id");
        String other = newClaim();
        as(ann, "POST", "/claims/" + id + "/transitions", transition("DISPUTED"), "\"0\"").statusCode(200);
        as(ann, "POST", "/claims/" + id + "/relations", Map.of("type", "SUPPORTS", "targetId", other), null)
                .statusCode(201).body("actor", equalTo("ann@newsroom.example"));
        given().get("/claims/" + id + "/history").then().body("actor", everyItem(equalTo("ann@newsroom.example")));
        given().get("/claims/" + id + "/audit").then().statusCode(200).body("total", equalTo(3))
                .body("items.actor", everyItem(equalTo("ann@newsroom.example")));
    }

    @Test
    void aLongSubjectIsRecordedWhole() {
        String subject = "service-account-" + "x".repeat(300) + "@idp.example";
        String token = TestTokens.bearer(TestTokens.valid(Role.EDITOR, subject));
        String id = newClaim();
        String other = newClaim();
        as(token, "POST", "/claims/" + id + "/transitions", transition("DISPUTED"), "\"0\"").statusCode(200);
        as(token, "POST", "/claims/" + id + "/relations", Map.of("type", "SUPPORTS", "targetId", other), null)
                .statusCode(201).body("actor", equalTo(subject));
        given().get("/claims/" + id + "/history").then().body("[-1].actor", equalTo(subject));
    }

    @Test
    @AsRole(Role.ANALYST)
    void noBodyCanNameAnActor() {
        Map<String, Object> claim = Claims.claim("t", PENTAGON, "2024-07-01", "ASSERTION");
        claim.put("actor", "mallory@example");
        Claims.post(claim).statusCode(400).body("errors[0].field", equalTo("actor"))
                .body("errors[0].message", equalTo("unknown field"));
        String id = newClaim();
        String other = newClaim();
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "SUPPORTS", "targetId", other, "actor", "mallory@example"))
                .post("/claims/" + id + "/relations").then().statusCode(400).body("errors[0].field", equalTo("actor"));
        Map<String, Object> move = transition("DISPUTED");
        move.put("actor", "mallory@example");
        as(bearer(Role.EDITOR), "POST", "/claims/" + id + "/transitions", move, "\"0\"").statusCode(400)
                .body("errors[0].field", equalTo("actor"));
    }

    private static Map<String, Object> transition(String to) {
        return new java.util.HashMap<>(Map.of("to", to, "reason", "access test", "effectiveOn", "2024-07-02"));
    }
}
